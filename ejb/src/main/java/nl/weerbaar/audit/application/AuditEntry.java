package nl.weerbaar.audit.application;

import java.time.LocalDateTime;

/** One line of the audit trail as an administrator reads it; the subject is "type:id" (e.g. participant:7). */
public record AuditEntry(long id, LocalDateTime at, String actor, String action, String subject, String address) {
}
