/** Audit's domain: the audit event and the append-only trail that stores it. */
package nl.weerbaar.audit.domain;
