package nl.weerbaar.people.application.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One run of the retention job: its horizons and what it removed (table retention_run). */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    private Long id;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "inactive_before", nullable = false)
    private LocalDateTime inactiveBefore;

    @Column(name = "records_before", nullable = false)
    private LocalDateTime recordsBefore;

    @Column(name = "audit_before", nullable = false)
    private LocalDateTime auditBefore;

    @Column(name = "participants_erased", nullable = false)
    private int participantsErased;

    @Column(name = "attempts_deleted", nullable = false)
    private int attemptsDeleted;

    @Column(name = "statements_deleted", nullable = false)
    private int statementsDeleted;

    @Column(name = "audit_rows_deleted", nullable = false)
    private int auditRowsDeleted;

    protected RetentionRun() {
        // for JPA
    }

    public RetentionRun(LocalDateTime startedAt, RetentionPolicy.Horizons horizons, int participantsErased,
            int attemptsDeleted, int statementsDeleted, int auditRowsDeleted, LocalDateTime finishedAt) {
        this.startedAt = startedAt;
        this.inactiveBefore = horizons.inactiveBefore();
        this.recordsBefore = horizons.recordsBefore();
        this.auditBefore = horizons.auditBefore();
        this.participantsErased = participantsErased;
        this.attemptsDeleted = attemptsDeleted;
        this.statementsDeleted = statementsDeleted;
        this.auditRowsDeleted = auditRowsDeleted;
        this.finishedAt = finishedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public LocalDateTime getInactiveBefore() {
        return inactiveBefore;
    }

    public LocalDateTime getRecordsBefore() {
        return recordsBefore;
    }

    public LocalDateTime getAuditBefore() {
        return auditBefore;
    }

    public int getParticipantsErased() {
        return participantsErased;
    }

    public int getAttemptsDeleted() {
        return attemptsDeleted;
    }

    public int getStatementsDeleted() {
        return statementsDeleted;
    }

    public int getAuditRowsDeleted() {
        return auditRowsDeleted;
    }
}
