package nl.weerbaar.people.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.people.domain.account.ApiToken;
import nl.weerbaar.people.domain.account.ApiTokenRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.Sha256;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * Personal access tokens for API clients: made by their owner on her account page (after a full
 * login, second factor included), shown once, kept only as SHA-256, at most a year, revocable.
 */
@Stateless
@PermitAll
public class ApiTokens {

    /** A token as its owner's account page lists it (never the token itself). */
    public record TokenView(long id, String label, LocalDateTime createdAt, LocalDateTime expiresAt,
            LocalDateTime lastUsedAt, boolean revoked, boolean expired) {
    }

    /** Who a valid token belongs to. */
    public record Holder(String username, Set<String> roles) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private AccountDirectory accounts;

    @Resource
    private SessionContext caller;

    /** Makes a token for the caller; the answer is the only time the token is seen. */
    public String create(String label, int days) {
        if (label == null || label.isBlank() || label.strip().length() > 100) {
            throw InvalidInputException.of("label", "weerbaar.token.label");
        }
        if (days < 1 || days > ApiToken.MAX_DAYS) {
            throw InvalidInputException.of("days", "weerbaar.token.dagen");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "wb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LocalDateTime now = Amsterdam.now();
        tokens.store(new ApiToken(caller.getCallerPrincipal().getName(), Sha256.hex(token), label.strip(), now, now.plusDays(days)));
        return token;
    }

    public List<TokenView> mine() {
        LocalDateTime now = Amsterdam.now();
        return tokens.of(caller.getCallerPrincipal().getName()).stream()
                .map(t -> new TokenView(t.getId(), t.getLabel(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
                        t.getRevokedAt() != null, !now.isBefore(t.getExpiresAt())))
                .toList();
    }

    /** Revokes one of the caller's own tokens; anyone else's does not exist for her. */
    public void revoke(long id) {
        ApiToken token = tokens.find(id).filter(t -> t.getUsername().equals(caller.getCallerPrincipal().getName()))
                .orElseThrow(() -> new NotFound("token.onbekend"));
        token.revoke(Amsterdam.now());
    }

    /** The holder of a valid token (not revoked, not expired, an open account), before anyone is logged in. */
    public Optional<Holder> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        LocalDateTime now = Amsterdam.now();
        return tokens.byHash(Sha256.hex(token.strip())).filter(t -> t.isValidAt(now)).flatMap(t -> {
            Set<String> roles = accounts.rolesOfOpen(t.getUsername());
            if (roles.isEmpty()) {
                return Optional.empty();
            }
            t.usedAt(now);
            return Optional.of(new Holder(t.getUsername(), roles));
        });
    }

    /** For the demo server only: a token whose text the README publishes. */
    public void storeKnown(String username, String token, String label) {
        LocalDateTime now = Amsterdam.now();
        Optional<ApiToken> known = tokens.byHash(Sha256.hex(token));
        if (known.isEmpty()) {
            tokens.store(new ApiToken(username, Sha256.hex(token), label, now, now.plusDays(ApiToken.MAX_DAYS)));
        } else if (!known.get().isValidAt(now.plusDays(30))) {
            known.get().renewForDemo(now);
        }
    }

}
