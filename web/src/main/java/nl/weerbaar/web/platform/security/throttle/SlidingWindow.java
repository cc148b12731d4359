package nl.weerbaar.web.platform.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many events per key within a sliding window (a client address, a typed e-mail
 * address): the common part of the limits on public look-ups and requests. In memory, pruned when
 * it holds many keys, so random keys cannot fill it.
 */
final class SlidingWindow {

    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byKey = new ConcurrentHashMap<>();

    SlidingWindow(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an event; empty when allowed, else the seconds until the next one is. */
    OptionalLong take(String key) {
        Instant now = clock.instant();
        if (byKey.size() > PRUNE_ABOVE) {
            byKey.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(window)));
        }
        Deque<Instant> recent = byKey.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= limit) {
                return OptionalLong.of(Math.max(1, Duration.between(now, recent.peekFirst().plus(window)).toSeconds() + 1));
            }
            recent.addLast(now);
            return OptionalLong.empty();
        }
    }
}
