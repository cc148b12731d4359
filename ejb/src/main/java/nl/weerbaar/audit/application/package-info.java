/** Audit's application service: records, in the caller's transaction, who read or changed which personal record. */
package nl.weerbaar.audit.application;
