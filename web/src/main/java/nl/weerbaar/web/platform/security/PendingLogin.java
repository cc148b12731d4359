package nl.weerbaar.web.platform.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A login whose password was right and whose second step is still to come; kept in the session for
 * a few minutes only. The caller is not logged in until the second step passes.
 */
public record PendingLogin(String username, Set<String> groups, String next, Instant since) implements Serializable {

    public static final String SESSION_KEY = PendingLogin.class.getName();
    static final Duration VALID_FOR = Duration.ofMinutes(5);

    public PendingLogin {
        groups = Set.copyOf(groups);
    }

    public boolean expiredAt(Instant now) {
        return now.isAfter(since.plus(VALID_FOR));
    }
}
