package nl.weerbaar.notification.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How much the outbox still holds: mails waiting to be sent (due now or after a back-off), dead ones,
 * and when the oldest waiting one was made. Counts only: what health and metrics may show.
 */
public record OutboxBacklog(long pending, long dead, Optional<LocalDateTime> oldestPendingSince) {

    /** How long the oldest waiting mail has waited by {@code now}; zero when none waits. */
    public Duration oldestPendingAge(LocalDateTime now) {
        return oldestPendingSince.map(since -> Duration.between(since, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
