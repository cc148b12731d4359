package nl.weerbaar.web.platform.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;
import java.util.Set;

/**
 * A login the application has already checked in full — password, throttle and, where needed, the
 * second factor — handed to the authentication mechanism to start the session. Only server code
 * makes one; nothing a client sends becomes one.
 */
public record VerifiedLogin(String username, Set<String> groups) implements Credential {
    public VerifiedLogin {
        Objects.requireNonNull(username, "username");
        groups = Set.copyOf(groups);
    }
}
