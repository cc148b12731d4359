package nl.weerbaar.people.domain.account;

import java.util.List;
import java.util.Optional;

/** Stores and finds personal access tokens. */
public interface ApiTokenRepository {

    void store(ApiToken token);

    Optional<ApiToken> byHash(String tokenHash);

    List<ApiToken> of(String username);

    Optional<ApiToken> find(long id);

    /** Revokes every token of an account at once (deactivation, a changed password). */
    int revokeAll(String username, java.time.LocalDateTime at);
}
