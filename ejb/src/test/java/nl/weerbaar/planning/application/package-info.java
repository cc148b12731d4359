/** Unit tests of the constraints on a planned session. */
package nl.weerbaar.planning.application;
