package nl.weerbaar.learning.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One xAPI statement (as JSON) about an attempt. */
@Entity
@Table(name = "learning_statement")
public class LearningStatement {

    @Id
    @SequenceGenerator(name = "learning_statement_seq", sequenceName = "learning_statement_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_statement_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(nullable = false, length = 16)
    private String verb;

    @Column(name = "stored_at", nullable = false)
    private LocalDateTime storedAt;

    @Column(nullable = false, length = 8000)
    private String statement;

    protected LearningStatement() {
        // for JPA
    }

    public LearningStatement(long participantId, long attemptId, String verb, LocalDateTime storedAt, String statement) {
        this.participantId = participantId;
        this.attemptId = attemptId;
        this.verb = verb;
        this.storedAt = storedAt;
        this.statement = statement;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStoredAt() {
        return storedAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public String getVerb() {
        return verb;
    }

    public String getStatement() {
        return statement;
    }
}
