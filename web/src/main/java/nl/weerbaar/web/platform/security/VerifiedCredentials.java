package nl.weerbaar.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes which API credentials were verified, so a client that sends HTTP Basic
 * on every request pays the deliberately slow PBKDF2 check (~0.1 s) once, not per request. Keys are
 * HMACs under a secret made at boot, so neither passwords nor plain hashes of them sit in memory.
 * A changed password or role takes effect for the API within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    /** Who a verified credential belongs to. */
    public record Caller(String name, Set<String> groups, Instant expires) {
    }

    private final Map<String, Caller> verified = new ConcurrentHashMap<>();
    private final byte[] secret = new byte[32];
    private final Clock clock;

    public VerifiedCredentials() {
        this(Clock.systemUTC());
    }

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    public Optional<Caller> lookup(String username, String password) {
        String key = key(username, password);
        Caller caller = verified.get(key);
        if (caller == null) {
            return Optional.empty();
        }
        if (caller.expires().isBefore(clock.instant())) {
            verified.remove(key);
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    /** Forgets every remembered credential of this account (its password changed, or it was closed). */
    public void forget(String name) {
        verified.values().removeIf(caller -> caller.name().equals(name));
    }

    public void remember(String username, String password, String name, Set<String> groups) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(c -> c.expires().isBefore(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(username, password), new Caller(name, Set.copyOf(groups), clock.instant().plus(TIME_TO_LIVE)));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
