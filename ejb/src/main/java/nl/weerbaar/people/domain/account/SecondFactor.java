package nl.weerbaar.people.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An account's TOTP second factor (RFC 6238): the secret, sealed with the server's key; when it was
 * confirmed with a first code (until then it is only being set up); and the last time step whose
 * code was accepted, so that no code is accepted twice.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "secret_sealed", nullable = false, length = 200)
    private String secretSealed;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected SecondFactor() {
        // for JPA
    }

    public SecondFactor(String username, String secretSealed) {
        this.username = Objects.requireNonNull(username, "username");
        this.secretSealed = Objects.requireNonNull(secretSealed, "secretSealed");
    }

    public void confirm(LocalDateTime at, long step) {
        confirmedAt = at;
        lastStep = step;
    }

    /** Records that the code of this time step was used; false if it (or a later one) was used before. */
    public boolean use(long step) {
        if (step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public String getUsername() {
        return username;
    }

    public String getSecretSealed() {
        return secretSealed;
    }

    public long getLastStep() {
        return lastStep;
    }
}
