package nl.weerbaar.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness {@code outbox-worker}: the notification context's answer ({@link OutboxProbe#worker()}). */
@Liveness
@ApplicationScoped
public class OutboxWorkerLiveness implements HealthCheck {

    static final String NAME = "outbox-worker";

    @Override
    public HealthCheckResponse call() {
        return Probes.lookup(OutboxProbe.JNDI, OutboxProbe.class).map(OutboxProbe::worker)
                .orElseGet(() -> HealthCheckResponse.down(NAME));
    }
}
