/** Audit's entity: one append-only audit event (who, what, which record, when). */
package nl.weerbaar.audit.domain;
