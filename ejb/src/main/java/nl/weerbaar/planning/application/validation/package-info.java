/** The constraints of a planned session: chronological period, consistent capacity and deadlines, a known province. */
package nl.weerbaar.planning.application.validation;
