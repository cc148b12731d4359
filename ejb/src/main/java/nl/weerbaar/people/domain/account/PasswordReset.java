package nl.weerbaar.people.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Objects;
import nl.weerbaar.platform.Sha256;

/**
 * A single-use link to choose a new password, mailed to the address of an account's owner
 * (ASVS 2.5). The token (256 random bits) is only in the e-mail; the database keeps its SHA-256.
 * It is valid {@link #VALID_FOR} and once. Times are kept in UTC, so that an hour stays an hour
 * across the change to winter time.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    public static final Duration VALID_FOR = Duration.ofHours(1);
    static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link can still do. */
    public enum State { USABLE, USED, EXPIRED }

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordReset() {
        // for JPA
    }

    private PasswordReset(String username, String tokenHash, Instant now) {
        this.username = Objects.requireNonNull(username, "username");
        this.tokenHash = tokenHash;
        this.createdAt = utc(now);
        this.expiresAt = utc(now.plus(VALID_FOR));
    }

    /** A new reset and the token for its link (the only place the token is ever seen). */
    public record Issued(PasswordReset reset, String token) {
    }

    public static Issued issue(String username, Instant now) {
        String token = newToken();
        return new Issued(new PasswordReset(username, hash(token), now), token);
    }

    /** A token as a link carries it: {@value #TOKEN_BYTES} random bytes, URL-safe Base64. */
    public static String newToken() {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The stored form of a token. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return utc(now).isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Spends the link; it cannot be used again. */
    public void use(Instant now) {
        if (stateAt(now) != State.USABLE) {
            throw new IllegalStateException("password reset used or expired");
        }
        usedAt = utc(now);
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
