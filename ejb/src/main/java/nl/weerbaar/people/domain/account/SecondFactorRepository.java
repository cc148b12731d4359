package nl.weerbaar.people.domain.account;

import java.util.List;
import java.util.Optional;

/** Stores and finds accounts' second factors and their recovery codes. */
public interface SecondFactorRepository {

    Optional<SecondFactor> of(String username);

    /** Which of these accounts have a confirmed second factor (for the administrator's list). */
    java.util.Set<String> confirmedAmong(java.util.Collection<String> usernames);

    /** The second factor locked for this check, so two requests cannot both use one code. */
    Optional<SecondFactor> lockForCheck(String username);

    void store(SecondFactor factor);

    /** Removes the second factor and its recovery codes (an administrator's reset, or a new set-up). */
    void remove(String username);

    void replaceRecoveryCodes(String username, List<String> codeHashes);

    Optional<RecoveryCode> recoveryCode(String username, String codeHash);
}
