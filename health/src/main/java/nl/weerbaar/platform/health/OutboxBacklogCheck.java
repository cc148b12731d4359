package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import nl.weerbaar.notification.domain.OutboxBacklog;
import nl.weerbaar.platform.Amsterdam;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: mail is getting out — the oldest waiting mail is younger than
 * {@link OutboxSettings#backlogAge()} (30 minutes). Dead mails wait for an administrator and are
 * reported in the data, but do not make the server unready: a restart would not send them.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    @EJB
    private OutboxLedger ledger;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog = ledger.backlog();
        Duration age = backlog.oldestPendingAge(Amsterdam.now());
        Duration limit = OutboxSettings.backlogAge();
        return HealthCheckResponse.named("mail-outbox").status(age.compareTo(limit) < 0)
                .withData("pending", backlog.pending()).withData("dead", backlog.dead())
                .withData("oldestPendingSeconds", age.toSeconds()).withData("limitSeconds", limit.toSeconds())
                .build();
    }
}
