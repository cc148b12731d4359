package nl.weerbaar.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.PlanningFacts;
import nl.weerbaar.planning.domain.TrainingSession;

/** Planning's facts read from the relational database through JPA; places as a projection, not entities. */
@ApplicationScoped
public class JpaPlanningFacts implements PlanningFacts {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Inject
    private EnrolmentRepository enrolments;

    @Override
    public List<Session> sessionsStarting(LocalDateTime from, LocalDateTime until) {
        return em.createQuery("select s from TrainingSession s where s.start >= :from and s.start < :until",
                        TrainingSession.class)
                .setParameter("from", from).setParameter("until", until).getResultList().stream()
                .map(s -> new Session(s.getId(), s.getStart(), s.getStatus(), s.getCapacity(),
                        s.getCancellationDeadline()))
                .toList();
    }

    @Override
    public List<Place> placesOfSessionsStarting(LocalDateTime from, LocalDateTime until) {
        return em.createQuery("select s.id, e.status, e.changedAt, e.bzkFunded, p.ambt from Enrolment e"
                        + " join e.session s join e.participant p where s.start >= :from and s.start < :until",
                        Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList().stream()
                .map(r -> new Place((Long) r[0], (EnrolmentStatus) r[1], (LocalDateTime) r[2], (Boolean) r[3],
                        (Ambt) r[4]))
                .toList();
    }

    @Override
    public Optional<Notice> notice(long enrolmentId) {
        return Optional.ofNullable(em.find(Enrolment.class, enrolmentId)).map(e -> {
            TrainingSession s = e.getSession();
            int position = e.getStatus() == EnrolmentStatus.WAITLISTED ? enrolments.waitlistPosition(e) : 0;
            return new Notice(e.getId(), e.getIcalSequence(), e.getStatus(), position, e.getParticipant().getId(),
                    s.getId(), s.getTitle(), s.getStart(), s.getEnd(), s.getLocation());
        });
    }
}
