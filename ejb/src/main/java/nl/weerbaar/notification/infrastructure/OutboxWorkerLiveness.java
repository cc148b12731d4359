package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the EJB timer still drives the outbox worker — its last call is at most ten intervals
 * (and at least a minute) ago, or a round is under way (a long one, slowed by SMTP timeouts, holds the
 * timer back without being dead). No database call: liveness must not fail for someone else's outage.
 */
@Liveness
@ApplicationScoped
public class OutboxWorkerLiveness implements HealthCheck {

    @EJB
    private OutboxWorker worker;

    @Override
    public HealthCheckResponse call() {
        OutboxWorker.Heartbeat beat = worker.heartbeat();
        Duration since = Duration.between(beat.lastTick(), Instant.now());
        Duration limit = beat.interval().multipliedBy(10);
        limit = limit.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : limit;
        return HealthCheckResponse.named("outbox-worker").status(beat.roundRunning() || since.compareTo(limit) <= 0)
                .withData("secondsSinceTimer", since.toSeconds()).withData("roundRunning", beat.roundRunning())
                .build();
    }
}
