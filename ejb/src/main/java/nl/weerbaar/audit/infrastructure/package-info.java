/** Audit's infrastructure: the JPA implementation of the audit trail. */
package nl.weerbaar.audit.infrastructure;
