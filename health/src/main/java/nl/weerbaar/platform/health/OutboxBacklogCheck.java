package nl.weerbaar.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code mail-outbox}: the notification context's answer ({@link OutboxProbe#backlog()}). */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    static final String NAME = "mail-outbox";

    @Override
    public HealthCheckResponse call() {
        return Probes.lookup(OutboxProbe.JNDI, OutboxProbe.class).map(OutboxProbe::backlog)
                .orElseGet(() -> HealthCheckResponse.down(NAME));
    }
}
