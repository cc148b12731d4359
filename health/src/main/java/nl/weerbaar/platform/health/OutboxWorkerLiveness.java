package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the EJB timer still drives the outbox worker ({@link OutboxWorker.Heartbeat#alive}). No
 * database call: liveness must not fail for someone else's outage.
 */
@Liveness
@ApplicationScoped
public class OutboxWorkerLiveness implements HealthCheck {

    @EJB
    private OutboxWorker worker;

    @Override
    public HealthCheckResponse call() {
        OutboxWorker.Heartbeat beat = worker.heartbeat();
        Instant now = Instant.now();
        Duration since = Duration.between(beat.lastTick(), now);
        return HealthCheckResponse.named("outbox-worker").status(beat.alive(now))
                .withData("secondsSinceTimer", since.toSeconds()).withData("roundRunning", beat.roundRunning())
                .build();
    }
}
