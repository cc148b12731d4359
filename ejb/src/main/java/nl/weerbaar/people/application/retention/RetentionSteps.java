package nl.weerbaar.people.application.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.weerbaar.audit.infrastructure.AuditExpiry;

/**
 * The retention job's steps, each in a transaction of its own (called from {@link Retention}, which
 * runs without one): who is inactive, deleting old learning records, deleting old audit rows, and
 * noting the run. Plain SQL: they cross the learning and audit contexts' tables by date only.
 */
@Stateless
@PermitAll
public class RetentionSteps {

    @Resource(lookup = "java:jboss/datasources/WeerbaarDS")
    private DataSource dataSource;

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    /**
     * Participants, not yet erased, registered before the horizon and with nothing since: no
     * enrolment made or changed, no session of hers ending, no attempt started or finished.
     */
    public List<Long> inactiveBefore(java.time.LocalDateTime horizon) throws SQLException {
        Timestamp h = Timestamp.valueOf(horizon);
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select p.id from participant p where p.erased_at is null and p.created_at < ?"
                + " and not exists (select 1 from enrolment e join training_session t on t.id = e.session_id"
                + "   where e.participant_id = p.id and (e.enrolled_at >= ? or e.changed_at >= ? or t.ends_at >= ?))"
                + " and not exists (select 1 from attempt a where a.participant_id = p.id"
                + "   and (a.started_at >= ? or a.finished_at >= ?)) order by p.id")) {
            for (int i = 1; i <= 6; i++) {
                s.setTimestamp(i, h);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Deletes statements stored before the horizon and attempts (their steps and statements with them) ended before it. */
    public int[] deleteLearningRecordsBefore(java.time.LocalDateTime horizon) throws SQLException {
        Timestamp h = Timestamp.valueOf(horizon);
        String oldAttempts = "select id from attempt where coalesce(finished_at, started_at) < ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement statements = c.prepareStatement("delete from learning_statement where stored_at < ?"
                        + " or attempt_id in (" + oldAttempts + ")");
                PreparedStatement steps = c.prepareStatement("delete from attempt_step where attempt_id in (" + oldAttempts + ")");
                PreparedStatement attempts = c.prepareStatement("delete from attempt where coalesce(finished_at, started_at) < ?")) {
            statements.setTimestamp(1, h);
            statements.setTimestamp(2, h);
            int statementCount = statements.executeUpdate();
            steps.setTimestamp(1, h);
            steps.executeUpdate();
            attempts.setTimestamp(1, h);
            return new int[] {attempts.executeUpdate(), statementCount};
        }
    }

    /** Deletes audit rows older than the horizon, the only delete the database allows on them. */
    public int deleteAuditBefore(java.time.LocalDateTime horizon) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return AuditExpiry.deleteBefore(c, horizon);
        }
    }

    public RetentionRun note(RetentionRun run) {
        em.persist(run);
        return run;
    }

    /** The latest runs, newest first. */
    public List<RetentionRun> latest(int max) {
        return em.createQuery("select r from RetentionRun r order by r.id desc", RetentionRun.class).setMaxResults(max)
                .getResultList();
    }
}
