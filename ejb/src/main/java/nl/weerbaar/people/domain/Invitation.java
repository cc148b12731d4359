package nl.weerbaar.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.weerbaar.people.domain.account.StaffRoles;

/**
 * A single-use, expiring invitation to create an account: for a participant (her record holds her
 * name and address), or for a staff member, with the roles the administrator chose, a display name
 * and the address the link goes to (removed once used). The token itself is only in the e-mail;
 * the database keeps its SHA-256.
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

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "staff_name", length = 200)
    private String staffName;

    @Column(name = "staff_email", length = 254)
    private String staffEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invitation_role", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "role", length = 32)
    private Set<String> staffRoles = new HashSet<>();

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

    private Invitation(String tokenHash, String createdBy, LocalDateTime now) {
        this.tokenHash = tokenHash;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** A new invitation and the token for its link (the only place the token is ever seen). */
    public record Issued(Invitation invitation, String token) {
    }

    public static Issued issue(Participant participant, String createdBy, LocalDateTime now) {
        String token = newToken();
        Invitation invitation = new Invitation(hash(token), createdBy, now);
        invitation.participant = Objects.requireNonNull(participant, "participant");
        return new Issued(invitation, token);
    }

    /** An invitation for a staff account with these roles (ngb, trainer, bzk, admin). */
    public static Issued issueForStaff(String name, String email, Set<String> roles, String createdBy, LocalDateTime now) {
        if (!StaffRoles.valid(roles)) {
            throw new IllegalArgumentException("not staff roles: " + roles);
        }
        String token = newToken();
        Invitation invitation = new Invitation(hash(token), createdBy, now);
        invitation.staffName = Objects.requireNonNull(name, "name");
        invitation.staffEmail = Objects.requireNonNull(email, "email");
        invitation.staffRoles = new HashSet<>(roles);
        return new Issued(invitation, token);
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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
        // The address was for sending the link; the account keeps only the display name.
        staffEmail = null;
    }

    public boolean isForStaff() {
        return participant == null;
    }

    /** Whom it is for: the participant's name, or the staff member's display name. */
    public String invitedName() {
        return isForStaff() ? staffName : participant.getNaam();
    }

    public Set<String> getStaffRoles() {
        return Set.copyOf(staffRoles);
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
