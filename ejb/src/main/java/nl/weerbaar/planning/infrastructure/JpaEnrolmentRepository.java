package nl.weerbaar.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/** Enrolments in the relational database, through JPA. */
@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Enrolment enrolment) {
        em.persist(enrolment);
        // Written now, under the caller's locks, so a broken constraint fails the enrolment itself.
        em.flush();
    }

    @Override
    public Optional<Participant> lockParticipant(long participantId) {
        return Optional.ofNullable(em.find(Participant.class, participantId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Enrolment> current(long sessionId, long participantId) {
        return em.createQuery("select e from Enrolment e where e.session.id = :s and e.participant.id = :p"
                        + " and e.status <> :cancelled order by e.id desc", Enrolment.class)
                .setParameter("s", sessionId).setParameter("p", participantId)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> openOf(long participantId) {
        return em.createQuery("select e from Enrolment e where e.participant.id = :p and e.status in :open"
                        + " order by e.id desc", Enrolment.class)
                .setParameter("p", participantId)
                .setParameter("open", List.of(EnrolmentStatus.BOOKED, EnrolmentStatus.WAITLISTED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> attendedOf(long participantId) {
        return em.createQuery("select e from Enrolment e where e.participant.id = :p and e.status in :attended"
                        + " order by e.id desc", Enrolment.class)
                .setParameter("p", participantId)
                .setParameter("attended", List.of(EnrolmentStatus.ATTENDED, EnrolmentStatus.PARTIALLY_ATTENDED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean hasActive(long participantId) {
        return em.createQuery("select count(e) from Enrolment e where e.participant.id = :p and e.status in :active",
                        Long.class)
                .setParameter("p", participantId).setParameter("active", List.copyOf(EnrolmentStatus.ACTIVE))
                .getSingleResult() > 0;
    }

    @Override
    public long count(long sessionId, EnrolmentStatus status) {
        return em.createQuery("select count(e) from Enrolment e where e.session.id = :s and e.status = :status", Long.class)
                .setParameter("s", sessionId).setParameter("status", status).getSingleResult();
    }

    @Override
    public int waitlistPosition(Enrolment waitlisted) {
        return em.createQuery("select count(e) from Enrolment e where e.session.id = :s and e.status = :w"
                        + " and e.queueNumber <= :q", Long.class)
                .setParameter("s", waitlisted.getSession().getId()).setParameter("w", EnrolmentStatus.WAITLISTED)
                .setParameter("q", waitlisted.getQueueNumber()).getSingleResult().intValue();
    }

    @Override
    public List<Enrolment> firstInLine(long sessionId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e where e.session.id = :s and e.status = :w"
                        + " order by e.queueNumber", Enrolment.class)
                .setParameter("s", sessionId).setParameter("w", EnrolmentStatus.WAITLISTED)
                .setMaxResults(count).getResultList();
    }

    @Override
    public List<Enrolment> waitlist(long sessionId) {
        return em.createQuery("select e from Enrolment e where e.session.id = :s and e.status = :w"
                        + " order by e.queueNumber", Enrolment.class)
                .setParameter("s", sessionId).setParameter("w", EnrolmentStatus.WAITLISTED).getResultList();
    }

    @Override
    public List<Enrolment> ofSession(long sessionId) {
        List<Enrolment> all = em.createQuery("select e from Enrolment e where e.session.id = :s and e.status <> :c"
                        + " and e.status <> :w order by e.participant.naam, e.id", Enrolment.class)
                .setParameter("s", sessionId).setParameter("c", EnrolmentStatus.CANCELLED)
                .setParameter("w", EnrolmentStatus.WAITLISTED).getResultList();
        List<Enrolment> result = new java.util.ArrayList<>(all);
        result.addAll(waitlist(sessionId));
        return result;
    }

    @Override
    public Map<Long, Map<EnrolmentStatus, Long>> countsBySession(Collection<Long> sessionIds) {
        Map<Long, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("select e.session.id, e.status, count(e) from Enrolment e"
                        + " where e.session.id in :ids group by e.session.id, e.status", Object[].class)
                .setParameter("ids", List.copyOf(sessionIds)).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(EnrolmentStatus.class))
                    .put((EnrolmentStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Override
    public Map<Provincie, Map<EnrolmentStatus, Long>> participantsPerProvinceAndStatus() {
        Map<Provincie, Map<EnrolmentStatus, Long>> counts = new EnumMap<>(Provincie.class);
        for (Object[] row : em.createQuery("select e.participant.provincie, e.status, count(distinct e.participant)"
                + " from Enrolment e where e.status <> :cancelled group by e.participant.provincie, e.status",
                Object[].class).setParameter("cancelled", EnrolmentStatus.CANCELLED).getResultList()) {
            counts.computeIfAbsent((Provincie) row[0], p -> new EnumMap<>(EnrolmentStatus.class))
                    .put((EnrolmentStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Override
    public List<Enrolment> dueForReminder(java.time.LocalDateTime from, java.time.LocalDateTime until) {
        return em.createQuery("select e from Enrolment e where e.status = :booked and e.reminderSentAt is null"
                        + " and e.session.start >= :from and e.session.start < :to and e.session.status <> :cancelled",
                        Enrolment.class)
                .setParameter("booked", EnrolmentStatus.BOOKED)
                .setParameter("from", from).setParameter("to", until)
                .setParameter("cancelled", nl.weerbaar.planning.domain.SessionStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<Enrolment> attendedBy(long participantId) {
        return em.createQuery("select e from Enrolment e join fetch e.session join fetch e.participant"
                        + " where e.participant.id = :p and e.status in :present order by e.session.start, e.id",
                        Enrolment.class)
                .setParameter("p", participantId)
                .setParameter("present", List.of(EnrolmentStatus.ATTENDED, EnrolmentStatus.PARTIALLY_ATTENDED))
                .getResultList();
    }
}
