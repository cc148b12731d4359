package nl.weerbaar.people.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.account.LanguagePreference;
import nl.weerbaar.people.domain.account.LanguagePreferenceRepository;

/**
 * The language each user reads Weerbaar in: chosen on the pages, kept with her login, so that the mails
 * to her and the documents she downloads are in that language too. Dutch unless she chose English.
 */
@Stateless
public class LanguagePreferences {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    private LanguagePreferenceRepository preferences;

    @Inject
    private ParticipantRepository participants;

    @Resource
    private SessionContext caller;

    /** Keeps the caller's choice (a logged-in user; anonymous visitors only switch their page session). */
    @PermitAll
    public void chooseMine(Locale locale) {
        String username = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        if (username == null || "anonymous".equals(username)) {
            return;
        }
        preferences.of(username).ifPresentOrElse(p -> p.choose(locale),
                () -> preferences.store(new LanguagePreference(username, locale)));
    }

    /** The caller's chosen language, if she chose one. */
    @PermitAll
    public Optional<Locale> mine() {
        String username = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        return username == null ? Optional.empty() : preferences.of(username).map(LanguagePreference::locale);
    }

    /** A login's language, Dutch when none was chosen (for mails after the commit, without a caller). */
    @PermitAll
    public Locale of(String username) {
        return username == null ? DUTCH : preferences.of(username).map(LanguagePreference::locale).orElse(DUTCH);
    }

    /** A participant's language: her login's, Dutch when she has no login or chose none. */
    @PermitAll
    public Locale ofParticipant(long participantId) {
        return participants.find(participantId).map(p -> of(p.getAccountUsername())).orElse(DUTCH);
    }
}
