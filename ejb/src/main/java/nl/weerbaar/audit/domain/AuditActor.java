package nl.weerbaar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The one place the audit trail keeps a user name: its lines name the actor (and an account as
 * subject) by this row's id. Deleting the row (erasure) leaves those lines with a number that
 * resolves to nobody, without touching the append-only trail.
 */
@Entity
@Table(name = "audit_actor")
public class AuditActor {

    @Id
    @SequenceGenerator(name = "audit_actor_seq", sequenceName = "audit_actor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_actor_seq")
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    protected AuditActor() {
        // for JPA
    }

    public AuditActor(String username) {
        this.username = Objects.requireNonNull(username, "username");
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }
}
