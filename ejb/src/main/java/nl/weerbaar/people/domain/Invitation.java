package nl.weerbaar.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use, expiring invitation for a participant to create her account. The token itself is
 * only in the e-mail; the database keeps its SHA-256.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected Invitation() {
        // for JPA
    }

    private Invitation(String tokenHash, Participant participant, String createdBy, LocalDateTime now) {
        this.tokenHash = tokenHash;
        this.participant = Objects.requireNonNull(participant, "participant");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** A new invitation and the token for its link (the only place the token is ever seen). */
    public record Issued(Invitation invitation, String token) {
    }

    public static Issued issue(Participant participant, String createdBy, LocalDateTime now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new Invitation(hash(token), participant, createdBy, now), token);
    }

    /** The stored form of a token. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean usableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Spends the invitation; it cannot be used again. */
    public void use(LocalDateTime now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("invitation used or expired");
        }
        usedAt = now;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
