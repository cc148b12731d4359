package nl.weerbaar.people.application.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.security.Roles;

/**
 * Removes what is kept longer than the {@link RetentionPolicy}: deletes old attempts and statements,
 * erases inactive participants with the register's own erasure (so nothing identifying stays anywhere,
 * as when NGB erases her), then deletes old audit rows. Runs without a transaction of its own: each
 * erasure and each step commits alone, so one refused erasure (tried again the next night) does not
 * undo the rest. Every run is noted in {@code retention_run} and audited. Erasure is NGB's right, so
 * the job acts in that role.
 */
@Stateless
@RunAs(Roles.NGB)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @EJB
    private RetentionSteps steps;

    @EJB
    private ParticipantRegister register;

    @EJB
    private AuditLog audit;

    /** The nightly run with the configured policy; for the timer. */
    @PermitAll
    public RetentionRun nightly() {
        return run(RetentionPolicy.configured());
    }

    /** A run now, for the administrator: with the configured policy, or (demo and test servers) one given. */
    @RolesAllowed(Roles.ADMIN)
    public RetentionRun now(RetentionPolicy policy) {
        return run(policy);
    }

    /** The latest runs, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<RetentionRun> latest(int max) {
        return steps.latest(max);
    }

    private RetentionRun run(RetentionPolicy policy) {
        LocalDateTime started = Amsterdam.now();
        RetentionPolicy.Horizons horizons = policy.horizons(started);
        try {
            int[] learning = steps.deleteLearningRecordsBefore(horizons.recordsBefore());
            int erased = 0;
            for (long id : steps.inactiveBefore(horizons.inactiveBefore())) {
                try {
                    register.erase(id);
                    erased++;
                } catch (RuntimeException refused) {
                    LOG.log(Level.WARNING, "Retention: participant " + id + " not erased now, tried again next run", refused);
                }
            }
            int auditRows = steps.deleteAuditBefore(horizons.auditBefore());
            RetentionRun run = steps.note(new RetentionRun(started, horizons, erased, learning[0], learning[1], auditRows,
                    Amsterdam.now()));
            audit.record("RETENTION_RUN", "retention_run", run.getId());
            LOG.info(() -> "Retention " + policy + ": " + run.getParticipantsErased() + " participants erased, "
                    + run.getAttemptsDeleted() + " attempts and " + run.getStatementsDeleted() + " statements and "
                    + run.getAuditRowsDeleted() + " audit rows deleted");
            return run;
        } catch (SQLException e) {
            throw new IllegalStateException("retention run", e);
        }
    }
}
