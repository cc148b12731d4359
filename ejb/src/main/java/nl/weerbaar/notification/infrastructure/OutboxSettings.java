package nl.weerbaar.notification.infrastructure;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import nl.weerbaar.notification.domain.RetryPolicy;

/**
 * The outbox's knobs, as system properties (ISO-8601 durations): {@value #ATTEMPTS} (default 8),
 * {@value #FIRST_RETRY} (PT30S), {@value #MAX_RETRY} (PT15M), the worker's {@value #INTERVAL} (PT5S) and how
 * long a sent mail is kept, {@value #RETENTION} (P30D); the readiness check's limit on the age of the oldest
 * waiting mail, {@value #BACKLOG_AGE} (PT30M).
 * The integration tests set small values.
 */
public final class OutboxSettings {

    public static final String ATTEMPTS = "weerbaar.outbox.attempts";
    public static final String FIRST_RETRY = "weerbaar.outbox.retry.first";
    public static final String MAX_RETRY = "weerbaar.outbox.retry.max";
    public static final String INTERVAL = "weerbaar.outbox.interval";
    public static final String RETENTION = "weerbaar.outbox.retention";
    public static final String BACKLOG_AGE = "weerbaar.health.outbox.age";
    private static final Logger LOG = Logger.getLogger(OutboxSettings.class.getName());

    private OutboxSettings() {
    }

    public static RetryPolicy retryPolicy() {
        int attempts = 8;
        String configured = System.getProperty(ATTEMPTS);
        try {
            attempts = configured == null ? 8 : Math.max(1, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Ignoring " + ATTEMPTS + "=" + configured + "; using 8");
        }
        Duration first = duration(FIRST_RETRY, Duration.ofSeconds(30));
        Duration max = duration(MAX_RETRY, Duration.ofMinutes(15));
        return new RetryPolicy(first, max.compareTo(first) < 0 ? first : max, attempts);
    }

    public static Duration interval() {
        return duration(INTERVAL, Duration.ofSeconds(5));
    }

    public static Duration retention() {
        return duration(RETENTION, Duration.ofDays(30));
    }

    /** A waiting mail older than this makes the server not ready: mail is not getting out. */
    public static Duration backlogAge() {
        return duration(BACKLOG_AGE, Duration.ofMinutes(30));
    }

    private static Duration duration(String property, Duration fallback) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(configured.strip());
            return value.isNegative() || value.isZero() ? fallback : value;
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "Ignoring " + property + "=" + configured + "; using " + fallback);
            return fallback;
        }
    }
}
