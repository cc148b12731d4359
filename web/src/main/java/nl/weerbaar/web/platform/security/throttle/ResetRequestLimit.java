package nl.weerbaar.web.platform.security.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import nl.weerbaar.platform.Sha256;

/**
 * Limits requests for a password reset link: at most {@value #PER_EMAIL} an hour for one typed
 * e-mail address (whether or not it is an account's, so the limit tells nothing), so nobody floods
 * someone's mailbox, and at most {@value #PER_CLIENT} an hour from one client address. The typed
 * addresses are kept as SHA-256 only.
 */
@ApplicationScoped
public class ResetRequestLimit {

    static final int PER_EMAIL = 3;
    static final int PER_CLIENT = 30;
    static final Duration WINDOW = Duration.ofHours(1);

    private final SlidingWindow byEmail;
    private final SlidingWindow byClient;

    public ResetRequestLimit() {
        this(Clock.systemUTC());
    }

    ResetRequestLimit(Clock clock) {
        this.byEmail = new SlidingWindow(PER_EMAIL, WINDOW, clock);
        this.byClient = new SlidingWindow(PER_CLIENT, WINDOW, clock);
    }

    /** Counts a request; empty when allowed, else the seconds until one is. */
    public OptionalLong take(String typedEmail, String clientAddress) {
        OptionalLong client = byClient.take(clientAddress);
        if (client.isPresent()) {
            return client;
        }
        String key = Sha256.hex(typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT));
        return byEmail.take(key);
    }
}
