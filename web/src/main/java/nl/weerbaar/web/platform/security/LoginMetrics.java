package nl.weerbaar.web.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Locale;

/**
 * Failed logins in WildFly's Micrometer registry (Prometheus at :9990/metrics), by reason:
 * {@code weerbaar_login_failures_total{reason="password"|"throttled"|"second_factor"}}. Never the
 * typed name or the address: those are in the audit trail, for the administrator only.
 */
@ApplicationScoped
public class LoginMetrics {

    /** Why a login attempt failed. */
    public enum Reason {
        /** A wrong password, or a name that is no account. */
        PASSWORD,
        /** Refused by the throttle before the password was looked at. */
        THROTTLED,
        /** A wrong or reused code in the second step. */
        SECOND_FACTOR
    }

    @Inject
    private MeterRegistry registry;

    /** The series exist from the start, at zero, so a first failure shows as a rise. */
    void register(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        for (Reason reason : Reason.values()) {
            counter(reason);
        }
    }

    public void failed(Reason reason) {
        counter(reason).increment();
    }

    /**
     * The registered counter for the name and tag. The registry's own method, not the builder: WildFly 39's
     * per-deployment registry exports no meter made with a builder.
     */
    private Counter counter(Reason reason) {
        return registry.counter("weerbaar.login.failures", "reason", reason.name().toLowerCase(Locale.ROOT));
    }
}
