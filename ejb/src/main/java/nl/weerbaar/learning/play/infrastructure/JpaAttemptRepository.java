package nl.weerbaar.learning.play.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.learning.play.domain.Attempt;
import nl.weerbaar.learning.play.domain.AttemptRepository;
import nl.weerbaar.learning.play.domain.AttemptStatus;
import nl.weerbaar.learning.play.domain.AttemptStep;
import nl.weerbaar.scenarios.Playthrough;

/** Attempts and their steps in the relational database, through JPA. */
@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Attempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    @Override
    public void append(AttemptStep step) {
        em.persist(step);
    }

    @Override
    public Optional<Attempt> find(long attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId));
    }

    @Override
    public Optional<Attempt> findForStep(long attemptId, String account) {
        // The owner in a subquery, so only the attempt's row is locked, not the participant's.
        return em.createQuery("select a from Attempt a where a.id = :a and a.participantId ="
                        + " (select p.id from Participant p where p.accountUsername = :u)", Attempt.class)
                .setParameter("a", attemptId).setParameter("u", account)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<AttemptStep> steps(long attemptId) {
        return em.createQuery("select s from AttemptStep s where s.attemptId = :a order by s.seq", AttemptStep.class)
                .setParameter("a", attemptId).getResultList();
    }

    @Override
    public List<Attempt> ofParticipant(long participantId) {
        return em.createQuery("select a from Attempt a where a.participantId = :p", Attempt.class)
                .setParameter("p", participantId).getResultList();
    }

    @Override
    public List<Attempt> inProgress(long participantId, String scenarioId) {
        return em.createQuery("select a from Attempt a where a.participantId = :p and a.status = :open "
                        + "and a.scenarioId = :s", Attempt.class)
                .setParameter("p", participantId).setParameter("open", AttemptStatus.IN_PROGRESS)
                .setParameter("s", scenarioId).getResultList();
    }

    @Override
    public List<String> passedScenarios(long participantId) {
        return em.createQuery("select distinct a.scenarioId from Attempt a where a.participantId = :p and a.passed = true",
                String.class).setParameter("p", participantId).getResultList();
    }

    @Override
    public Map<String, Long> countPerScenario() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select a.scenarioId, count(a) from Attempt a group by a.scenarioId", Object[].class)
                .getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public List<ChoiceCount> choiceCounts(String scenarioId) {
        return em.createQuery("select a.version, s.nodeId, s.choiceId, count(s) from Attempt a, AttemptStep s "
                        + "where s.attemptId = a.id and a.scenarioId = :id and s.choiceId <> :continue "
                        + "group by a.version, s.nodeId, s.choiceId", Object[].class)
                .setParameter("id", scenarioId).setParameter("continue", Playthrough.CONTINUE).getResultList().stream()
                .map(r -> new ChoiceCount(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    @Override
    public void forgetActor(long participantId) {
        em.createQuery("update Attempt a set a.actor = null where a.participantId = :p")
                .setParameter("p", participantId).executeUpdate();
    }
}
