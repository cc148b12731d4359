package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import nl.weerbaar.notification.domain.OutboxBacklog;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.health.OutboxProbe;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The outbox's health, for the checks in the EAR's lib/ ({@link OutboxProbe}):
 * <ul>
 * <li>{@code mail-outbox} (readiness): the oldest waiting mail is younger than
 * {@link OutboxSettings#backlogAge()} (30 minutes). Dead mails wait for an administrator and are counted
 * in the data, but do not make the server unready: a restart would not send them.</li>
 * <li>{@code outbox-worker} (liveness): the EJB timer still drives the worker ({@link OutboxWorker.Heartbeat#alive});
 * no database call, so liveness does not fail for someone else's outage.</li>
 * </ul>
 * Data: counts, seconds and flags only.
 */
@Singleton
@Local(OutboxProbe.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxHealth implements OutboxProbe {

    @EJB
    private OutboxLedger ledger;

    @EJB
    private OutboxWorker worker;

    @Override
    public HealthCheckResponse backlog() {
        OutboxBacklog backlog = ledger.backlog();
        Duration age = backlog.oldestPendingAge(Amsterdam.now());
        Duration limit = OutboxSettings.backlogAge();
        return HealthCheckResponse.named("mail-outbox").status(age.compareTo(limit) < 0)
                .withData("pending", backlog.pending()).withData("dead", backlog.dead())
                .withData("oldestPendingSeconds", age.toSeconds()).withData("limitSeconds", limit.toSeconds())
                .build();
    }

    @Override
    public HealthCheckResponse worker() {
        OutboxWorker.Heartbeat beat = worker.heartbeat();
        Instant now = Instant.now();
        return HealthCheckResponse.named("outbox-worker").status(beat.alive(now))
                .withData("secondsSinceTimer", Duration.between(beat.lastTick(), now).toSeconds())
                .withData("roundRunning", beat.roundRunning()).build();
    }
}
