package nl.weerbaar.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

/**
 * What a new password ends in the web layer, for a change by its owner and a reset by link alike:
 * every page session of the account (but the one it was changed in) and every API credential
 * remembered for it. Its tokens are revoked by the service that set the password.
 */
@ApplicationScoped
public class CredentialRevocation {

    @Inject
    private VerifiedCredentials credentials;

    /** Ends the account's sessions but {@code keep} (null: all) and forgets its cached credentials; the number ended. */
    public int endEverywhere(String username, HttpSession keep) {
        int ended = LiveSessions.endAllOf(username, keep);
        credentials.forget(username);
        return ended;
    }
}
