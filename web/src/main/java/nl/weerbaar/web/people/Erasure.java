package nl.weerbaar.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.web.platform.security.LiveSessions;
import nl.weerbaar.web.platform.security.VerifiedCredentials;

/**
 * Erasing a participant from the page and the API alike: the register erases her data and deletes
 * her login; then the web layer ends what it still holds of that login — her page sessions and the
 * API credentials it remembers — as a password change does.
 */
@ApplicationScoped
public class Erasure {

    @Inject
    private ParticipantRegister register;

    @Inject
    private VerifiedCredentials credentials;

    public void erase(long participantId) {
        register.erase(participantId).ifPresent(login -> {
            LiveSessions.endAllOf(login, null);
            credentials.forget(login);
        });
    }
}
