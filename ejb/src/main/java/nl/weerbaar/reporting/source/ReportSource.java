package nl.weerbaar.reporting.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.platform.DatabaseProduct;
import nl.weerbaar.reporting.domain.ReportPeriod;

/**
 * The rows the report jobs and dashboards read, in pages by enrolment id (keyset: a restarted job
 * continues after the last id it committed). Plain SQL: a report reads many rows and needs no
 * entities; each row leaves here as a typed record.
 */
@ApplicationScoped
public class ReportSource {

    /** How many enrolments one page holds. */
    public static final int PAGE = 5000;

    private static final String FROM = " from enrolment e join training_session s on s.id = e.session_id "
            + "join participant p on p.id = e.participant_id left join gemeente g on g.code = p.gemeente_code "
            + "where s.starts_at >= ? and s.starts_at < ? ";
    private static final String AFTER = "and e.id > ? order by e.id fetch first ";

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    /** The period's enrolments after {@code afterId}, as the participation report counts them. */
    public List<EnrolmentFact> participation(ReportPeriod period, long afterId, int size) {
        planForThePeriod();
        return rows(inPeriod("select e.id, coalesce(g.provincie, p.provincie), p.ambt, s.starts_at, e.status, "
                        + "e.changed_at, e.bzk_funded, s.cancellation_deadline, "
                        + "(select count(*) from module_completion m where m.participant_id = e.participant_id), "
                        + "(select count(*) from completion c where c.participant_id = e.participant_id)"
                        + FROM + AFTER + size + " rows only", period).setParameter(3, afterId),
                r -> new EnrolmentFact(number(r[0]).longValue(), (String) r[1], (String) r[2], dateTime(r[3]),
                        (String) r[4], dateTime(r[5]), (Boolean) r[6], dateTime(r[7]), number(r[8]).intValue(),
                        number(r[9]).intValue() > 0));
    }

    /** The period's enrolments after {@code afterId} with names, for NGB. */
    public List<NamedEnrolment> named(ReportPeriod period, long afterId, int size) {
        planForThePeriod();
        return rows(inPeriod("select e.id, s.id, s.title, s.starts_at, p.naam, p.email, p.ambt, g.naam, "
                        + "coalesce(g.provincie, p.provincie), e.status, "
                        + "(select c.completed_on from completion c where c.participant_id = e.participant_id)"
                        + FROM + AFTER + size + " rows only", period).setParameter(3, afterId),
                r -> new NamedEnrolment(number(r[0]).longValue(), number(r[1]).longValue(), (String) r[2],
                        dateTime(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                        (String) r[9], date(r[10])));
    }

    /** How many enrolments the period has: what a report will read, for its progress. */
    public long count(ReportPeriod period) {
        return number(inPeriod("select count(*)" + FROM, period).getSingleResult()).longValue();
    }

    /** The period's held sessions with capacity and attendance. */
    public List<HeldSession> heldSessions(ReportPeriod period) {
        return rows(inPeriod("select s.starts_at, s.capacity, (select count(*) from enrolment e where e.session_id = s.id "
                        + "and e.status in ('ATTENDED', 'PARTIALLY_ATTENDED')) from training_session s "
                        + "where s.starts_at >= ? and s.starts_at < ? and s.status in ('HELD', 'CLOSED')", period),
                r -> new HeldSession(dateTime(r[0]), number(r[1]).intValue(), number(r[2]).intValue()));
    }

    /**
     * The evaluations of the period's sessions that have {@value Evaluations#MIN_RESPONDENTS} respondents
     * themselves, as in {@code Evaluations.perQuarter}: a period's figures never include a smaller session.
     */
    public List<SessionEvaluation> evaluations(ReportPeriod period) {
        return rows(inPeriod("select s.starts_at, r.overall, r.usefulness, r.trainers from evaluation_response r "
                        + "join training_session s on s.id = r.session_id where s.starts_at >= ? and s.starts_at < ? "
                        + "and (select count(*) from evaluation_response o where o.session_id = r.session_id) >= "
                        + Evaluations.MIN_RESPONDENTS,
                        period),
                r -> new SessionEvaluation(dateTime(r[0]), number(r[1]).intValue(), number(r[2]).intValue(),
                        number(r[3]).intValue()));
    }

    /**
     * On PostgreSQL, a plan made for this period's bounds rather than the generic plan the driver's
     * prepared statement gets after five executions: that one guesses few sessions in a period, joins
     * and sorts the whole enrolment table for every page (3.5 s a page at a million enrolments,
     * against 80 ms walking the id index). SET LOCAL lasts until the transaction (the chunk) ends.
     */
    private void planForThePeriod() {
        if (!em.isJoinedToTransaction()) {
            return;
        }
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try {
            if (DatabaseProduct.isPostgres(connection)) {
                try (java.sql.Statement set = connection.createStatement()) {
                    set.execute("set local plan_cache_mode = force_custom_plan");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not set the report's query plan", e);
        }
    }

    /** A native query whose first two parameters are the period's bounds. */
    private Query inPeriod(String sql, ReportPeriod period) {
        return em.createNativeQuery(sql).setParameter(1, period.from()).setParameter(2, period.until());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Query query, Function<Object[], T> row) {
        return ((List<Object[]>) query.getResultList()).stream().map(row).toList();
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    /** A date-time column as the driver returns it. */
    private static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
