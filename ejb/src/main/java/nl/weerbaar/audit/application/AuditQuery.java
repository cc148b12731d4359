package nl.weerbaar.audit.application;

import java.time.LocalDate;

/**
 * What an administrator looks for in the audit trail; every part is optional. Dates are days in
 * Europe/Amsterdam, {@code to} included.
 */
public record AuditQuery(Long participantId, String actor, String action, LocalDate from, LocalDate to) {
}
