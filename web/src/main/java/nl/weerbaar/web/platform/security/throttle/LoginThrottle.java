package nl.weerbaar.web.platform.security.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per typed user name (whether or not it is an account, so the answer
 * never tells which names exist) and, more widely, per client address:
 * <ul>
 * <li>after {@value #FREE_FAILURES} failures within {@link #WINDOW}, the next attempt waits one
 * second more for each failure beyond them (1 s, 2 s, …), and is refused until then;</li>
 * <li>{@value #LOCK_FAILURES} failures within the window lock the name for {@link #LOCK} (an
 * administrator can release it);</li>
 * <li>{@value #ADDRESS_FAILURES} failures from one address within the window refuse that address
 * for {@link #LOCK}, whatever the name.</li>
 * </ul>
 * Kept in memory: one server holds the whole population, and a restart forgets only the penalties.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int LOCK_FAILURES = 10;
    static final int ADDRESS_FAILURES = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    /** Why and for how long an attempt is refused. */
    public record Refusal(boolean locked, Duration retryAfter) {
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** What a recorded failure led to. */
    public enum Consequence { NONE, NAME_LOCKED, ADDRESS_BLOCKED }

    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this name from this address must be refused now. */
    public Optional<Refusal> check(String username, String address) {
        Instant now = clock.instant();
        Failures fromAddress = byAddress.get(address);
        if (fromAddress != null) {
            Optional<Refusal> refusal = fromAddress.refusal(now, Integer.MAX_VALUE);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        Failures forName = byName.get(key(username));
        return forName == null ? Optional.empty() : forName.refusal(now, FREE_FAILURES);
    }

    public Consequence failed(String username, String address) {
        Instant now = clock.instant();
        boolean nameLocked = byName.computeIfAbsent(key(username), k -> new Failures()).add(now, LOCK_FAILURES);
        boolean addressBlocked = byAddress.computeIfAbsent(address, k -> new Failures()).add(now, ADDRESS_FAILURES);
        prune(now);
        return nameLocked ? Consequence.NAME_LOCKED : addressBlocked ? Consequence.ADDRESS_BLOCKED : Consequence.NONE;
    }

    /** A correct password forgives the name's failures (not the address's). */
    public void succeeded(String username) {
        byName.remove(key(username));
    }

    /** An administrator lifts the lock of a name; true if there was one. */
    public boolean release(String username) {
        return byName.remove(key(username)) != null;
    }

    /** The names locked now, for the administrator. */
    public java.util.List<String> lockedNames() {
        Instant now = clock.instant();
        return byName.entrySet().stream().filter(e -> e.getValue().lockedAt(now))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Forgets what no longer counts, so guessing with random names cannot fill the memory. */
    private void prune(Instant now) {
        if (byName.size() + byAddress.size() > 10_000) {
            byName.values().removeIf(f -> f.expired(now));
            byAddress.values().removeIf(f -> f.expired(now));
        }
    }

    /** The recent failures of one name or address, and its lock. */
    private final class Failures {
        private final Deque<Instant> recent = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized boolean add(Instant now, int lockAt) {
            forgetOld(now);
            recent.addLast(now);
            if (recent.size() >= lockAt && !lockedAt(now)) {
                lockedUntil = now.plus(LOCK);
                return true;
            }
            return false;
        }

        synchronized Optional<Refusal> refusal(Instant now, int free) {
            if (lockedAt(now)) {
                return Optional.of(new Refusal(true, Duration.between(now, lockedUntil)));
            }
            forgetOld(now);
            int beyond = recent.size() - free;
            if (beyond <= 0) {
                return Optional.empty();
            }
            Instant allowed = recent.getLast().plusSeconds(beyond);
            return now.isBefore(allowed) ? Optional.of(new Refusal(false, Duration.between(now, allowed))) : Optional.empty();
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean expired(Instant now) {
            forgetOld(now);
            return recent.isEmpty() && !lockedAt(now);
        }

        private void forgetOld(Instant now) {
            Instant cutoff = now.minus(WINDOW);
            while (!recent.isEmpty() && recent.getFirst().isBefore(cutoff)) {
                recent.removeFirst();
            }
        }
    }
}
