package nl.weerbaar.planning.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.weerbaar.planning.application.EnrolmentChanged;

/**
 * Planning's meters in WildFly's Micrometer registry (Prometheus at :9990/metrics), counted after
 * the change commits, so a refused or rolled-back enrolment counts nothing: enrolments by outcome
 * ({@code weerbaar_enrolments_total{outcome="booked"|"waitlisted"}}) and places passed on from the
 * waitlist ({@code weerbaar_waitlist_promotions_total}). No participant, session or id in a label.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentMetrics {

    @Inject
    private MeterRegistry registry;

    private Counter booked;
    private Counter waitlisted;
    private Counter promoted;

    @PostConstruct
    void register() {
        booked = enrolments("booked");
        waitlisted = enrolments("waitlisted");
        promoted = registry.counter("weerbaar.waitlist.promotions");
    }

    public void counted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentChanged change) {
        switch (change.kind()) {
            case BOOKED -> booked.increment();
            case WAITLISTED -> waitlisted.increment();
            case PROMOTED -> promoted.increment();
            default -> {
                // cancellations, changes and reminders are not counted here
            }
        }
    }

    /** The registry's own method: WildFly 39 exports no meter made with a builder (see OutboxMetrics). */
    private Counter enrolments(String outcome) {
        return registry.counter("weerbaar.enrolments", "outcome", outcome);
    }
}
