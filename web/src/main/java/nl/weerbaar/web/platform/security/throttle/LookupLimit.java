package nl.weerbaar.web.platform.security.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * At most {@value #PER_MINUTE} public certificate look-ups a minute per client address, so nobody
 * can walk the code space; codes themselves have 80 bits.
 */
@ApplicationScoped
public class LookupLimit {

    static final int PER_MINUTE = 30;

    private final SlidingWindow byAddress;

    public LookupLimit() {
        this(Clock.systemUTC());
    }

    LookupLimit(Clock clock) {
        this.byAddress = new SlidingWindow(PER_MINUTE, Duration.ofMinutes(1), clock);
    }

    /** Counts a look-up; empty when allowed, else the seconds until the next one is. */
    public OptionalLong take(String address) {
        return byAddress.take(address);
    }
}
