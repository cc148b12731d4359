package nl.weerbaar.web.platform.security.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #PER_MINUTE} public certificate look-ups a minute per client address, so nobody
 * can walk the code space; codes themselves have 80 bits.
 */
@ApplicationScoped
public class LookupLimit {

    static final int PER_MINUTE = 30;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LookupLimit() {
        this(Clock.systemUTC());
    }

    LookupLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a look-up; empty when allowed, else the seconds until the next one is. */
    public OptionalLong take(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > 10_000) {
            byAddress.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> recent = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= PER_MINUTE) {
                return OptionalLong.of(Math.max(1, Duration.between(now, recent.peekFirst().plus(WINDOW)).toSeconds() + 1));
            }
            recent.addLast(now);
            return OptionalLong.empty();
        }
    }
}
