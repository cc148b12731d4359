package nl.weerbaar.notification.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
 * Made at start so the series exist before the first failure; the gauges hold this bean, which lives as
 * long as the application.
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
        // The registry's own methods, not the meters' builders: WildFly 39's per-deployment registry keeps
        // builder-registered meters to itself, and only these reach the exported (Prometheus) registry.
        sendFailures = registry.counter("weerbaar.outbox.send.failures");
        registry.gauge("weerbaar.outbox.mails", Tags.of("state", "pending"), this, m -> m.ledger.backlog().pending());
        registry.gauge("weerbaar.outbox.mails", Tags.of("state", "dead"), this, m -> m.ledger.backlog().dead());
    }

    /**
     * The gauges hold this instance: a redeployed application (the tests deploy once per class) would
     * otherwise find them in the server's registry and read a stopped bean.
     */
    @PreDestroy
    void unregister() {
        registry.find("weerbaar.outbox.mails").gauges().forEach(registry::remove);
    }

    public void sendFailed() {
        sendFailures.increment();
    }
}
