package nl.weerbaar.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

/**
 * Ends what the web layer holds of an account's access, at once: its live page sessions and its
 * remembered API credentials. For a changed password, changed roles and a deactivated account; the
 * application services revoke the tokens in the same request.
 */
@ApplicationScoped
public class AccessEnd {

    @Inject
    private VerifiedCredentials credentials;

    /**
     * Ends every session of the account but {@code keep} (null: all) and forgets its cached credentials.
     *
     * @return how many sessions were ended
     */
    public int endAllOf(String username, HttpSession keep) {
        int ended = LiveSessions.endAllOf(username, keep);
        credentials.forget(username);
        return ended;
    }
}
