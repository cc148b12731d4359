package nl.weerbaar.people.domain.account;

import java.util.Optional;

/** The users' language preferences. */
public interface LanguagePreferenceRepository {

    Optional<LanguagePreference> of(String username);

    void store(LanguagePreference preference);

    /** Closing or erasing an account: nothing of it stays behind. */
    void forget(String username);
}
