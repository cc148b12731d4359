package nl.weerbaar.people.application.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How long data is kept (README, "Retention"): a participant with no enrolment or attempt activity for
 * {@code inactive} is erased; attempts and statements older than {@code records} are deleted; audit rows
 * older than {@code audit} (at least a year: the database refuses younger, decision 0008).
 */
public record RetentionPolicy(Period inactive, Period records, Period audit) {

    public static final String INACTIVE = "weerbaar.retention.inactive";
    public static final String RECORDS = "weerbaar.retention.records";
    public static final String AUDIT = "weerbaar.retention.audit";

    public RetentionPolicy {
        if (inactive.isNegative() || inactive.isZero() || records.isNegative() || records.isZero()) {
            throw new IllegalArgumentException("retention periods must be positive");
        }
        LocalDate from = LocalDate.of(2001, 1, 1);
        if (from.plus(audit).isBefore(from.plusYears(1))) {
            throw new IllegalArgumentException("audit rows are kept at least a year: " + audit);
        }
    }

    /** From the system properties (or the environment's WEERBAAR_RETENTION_*), with the README's defaults. */
    public static RetentionPolicy configured() {
        return new RetentionPolicy(period(INACTIVE, "P6Y"), period(RECORDS, "P6Y"), period(AUDIT, "P7Y"));
    }

    /** Activity, records and audit rows before these times go. */
    public Horizons horizons(LocalDateTime now) {
        return new Horizons(now.minus(inactive), now.minus(records), now.minus(audit));
    }

    /** The three cut-off times of one run. */
    public record Horizons(LocalDateTime inactiveBefore, LocalDateTime recordsBefore, LocalDateTime auditBefore) {
    }

    private static Period period(String property, String fallback) {
        String env = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        String value = System.getProperty(property, env == null ? fallback : env);
        try {
            return Period.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " is not an ISO-8601 period (e.g. P6Y): " + value, e);
        }
    }
}
