package nl.weerbaar.people.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A personal access token for API clients (Authorization: Bearer …). Only its SHA-256 is kept, so
 * the token itself is shown once, when it is made. It expires (at most a year on) and can be revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int MAX_DAYS = 365;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(String username, String tokenHash, String label, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.label = Objects.requireNonNull(label, "label");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (expiresAt.isAfter(createdAt.plusDays(MAX_DAYS)) || !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token lives more than a moment and at most " + MAX_DAYS + " days");
        }
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(LocalDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** A demo server's published token stays usable: a year on from now, not revoked. */
    public void renewForDemo(LocalDateTime now) {
        revokedAt = null;
        expiresAt = now.plusDays(MAX_DAYS);
    }

    /** Notes a use; at most once a minute, so that a busy client does not write on every request. */
    public void usedAt(LocalDateTime now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(1))) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
