package nl.weerbaar.notification.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The outbox's meters in WildFly's Micrometer registry (Prometheus at :9990/metrics): mails waiting
 * and dead ({@code weerbaar_outbox_mails{state}}, read from the database at each scrape) and failed
 * sends ({@code weerbaar_outbox_send_failures_total}). Counts only: no address, subject or id.
 * Made at start so the series exist before the first failure.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxMetrics {

    @Inject
    private MeterRegistry registry;

    @EJB
    private OutboxLedger ledger;

    private Counter sendFailures;

    @PostConstruct
    void register() {
        sendFailures = Counter.builder("weerbaar.outbox.send.failures")
                .description("Attempts to hand an outbox mail to the SMTP server that failed").register(registry);
        Gauge.builder("weerbaar.outbox.mails", () -> ledger.backlog().pending()).tag("state", "pending")
                .description("Outbox mails not yet sent, by state").register(registry);
        Gauge.builder("weerbaar.outbox.mails", () -> ledger.backlog().dead()).tag("state", "dead")
                .description("Outbox mails not yet sent, by state").register(registry);
    }

    public void sendFailed() {
        sendFailures.increment();
    }
}
