package nl.weerbaar.reporting.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rows the report jobs read, in pages by enrolment id (keyset: a restarted job continues after
 * the last id it committed). Plain SQL: a report reads many rows and needs no entities.
 */
@ApplicationScoped
public class ReportSource {

    private static final String FROM = " from enrolment e join training_session s on s.id = e.session_id "
            + "join participant p on p.id = e.participant_id left join gemeente g on g.code = p.gemeente_code "
            + "where s.starts_at >= ? and s.starts_at < ? ";

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    /** A reporting period: a year, or one quarter of it. */
    public record Period(int year, Integer quarter) implements java.io.Serializable {
        public LocalDateTime from() {
            return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1).atStartOfDay();
        }

        public LocalDateTime until() {
            return quarter == null ? from().plusYears(1) : from().plusMonths(3);
        }

        /** "2027" or "2027-K2". */
        public String label() {
            return quarter == null ? String.valueOf(year) : year + "-K" + quarter;
        }
    }

    /**
     * Participation rows after {@code afterId}: id, province, office, session start, status, changed
     * at, BZK funding mark, cancellation deadline, modules passed, training complete (0/1).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> participation(Period period, long afterId, int size) {
        return em.createNativeQuery("select e.id, coalesce(g.provincie, p.provincie), p.ambt, s.starts_at, e.status, "
                        + "e.changed_at, e.bzk_funded, s.cancellation_deadline, "
                        + "(select count(*) from module_completion m where m.participant_id = e.participant_id), "
                        + "(select count(*) from completion c where c.participant_id = e.participant_id)"
                        + FROM + "and e.id > ? order by e.id fetch first " + size + " rows only")
                .setParameter(1, period.from()).setParameter(2, period.until()).setParameter(3, afterId)
                .getResultList();
    }

    /**
     * Named rows for NGB after {@code afterId}: id, session id, session title, session start, name,
     * e-mail, office, gemeente, province, status, completion date.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> named(Period period, long afterId, int size) {
        return em.createNativeQuery("select e.id, s.id, s.title, s.starts_at, p.naam, p.email, p.ambt, g.naam, "
                        + "coalesce(g.provincie, p.provincie), e.status, "
                        + "(select c.completed_on from completion c where c.participant_id = e.participant_id)"
                        + FROM + "and e.id > ? order by e.id fetch first " + size + " rows only")
                .setParameter(1, period.from()).setParameter(2, period.until()).setParameter(3, afterId)
                .getResultList();
    }

    /** How many enrolments the period has: what a report will read, for its progress. */
    public long count(Period period) {
        return ((Number) em.createNativeQuery("select count(*)" + FROM)
                .setParameter(1, period.from()).setParameter(2, period.until()).getSingleResult()).longValue();
    }

    /** Per held session of the period: quarter, capacity, and how many attended (fully or partly). */
    @SuppressWarnings("unchecked")
    public List<Object[]> heldSessions(Period period) {
        return em.createNativeQuery("select s.starts_at, s.capacity, (select count(*) from enrolment e where e.session_id = s.id "
                        + "and e.status in ('ATTENDED', 'PARTIALLY_ATTENDED')) from training_session s "
                        + "where s.starts_at >= ? and s.starts_at < ? and s.status in ('HELD', 'CLOSED')")
                .setParameter(1, period.from()).setParameter(2, period.until()).getResultList();
    }

    /** The evaluations of the period's sessions: session start and the three ratings. */
    @SuppressWarnings("unchecked")
    public List<Object[]> evaluations(Period period) {
        return em.createNativeQuery("select s.starts_at, r.overall, r.usefulness, r.trainers from evaluation_response r "
                        + "join training_session s on s.id = r.session_id where s.starts_at >= ? and s.starts_at < ?")
                .setParameter(1, period.from()).setParameter(2, period.until()).getResultList();
    }

    /** A date-time column as the driver returns it. */
    public static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
