package nl.weerbaar.people.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One single-use recovery code of an account's second factor; only its SHA-256 is kept. */
@Entity
@Table(name = "recovery_code")
@IdClass(RecoveryCode.Key.class)
public class RecoveryCode {

    /** The composite key: account and code hash. */
    public record Key(String username, String codeHash) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(length = 64)
    private String username;

    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(String username, String codeHash) {
        this.username = Objects.requireNonNull(username, "username");
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
    }

    /** Uses the code; false if it was used before. */
    public boolean use(LocalDateTime at) {
        if (usedAt != null) {
            return false;
        }
        usedAt = at;
        return true;
    }
}
