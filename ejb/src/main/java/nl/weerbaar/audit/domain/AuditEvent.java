package nl.weerbaar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One access to or change of personal data: who, what, which record, when. Never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 48, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 64, updatable = false)
    private String subjectId;

    /** The client address, for security events (logins, locks, refusals); null for the others. */
    @Column(length = 45, updatable = false)
    private String address;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(LocalDateTime occurredAt, String actor, String action, String subjectType, String subjectId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    public AuditEvent(LocalDateTime occurredAt, String actor, String action, String subjectType, String subjectId,
            String address) {
        this(occurredAt, actor, action, subjectType, subjectId);
        this.address = address;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAddress() {
        return address;
    }
}
