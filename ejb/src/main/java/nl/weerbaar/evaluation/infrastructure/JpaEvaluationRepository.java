package nl.weerbaar.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaar.evaluation.domain.EvaluationReceipt;
import nl.weerbaar.evaluation.domain.EvaluationRepository;
import nl.weerbaar.evaluation.domain.EvaluationResponse;

/** Evaluations and their receipts in the relational database, through JPA. */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(EvaluationReceipt receipt, EvaluationResponse response) {
        em.persist(receipt);
        em.persist(response);
    }

    @Override
    public boolean evaluated(long enrolmentId) {
        return em.find(EvaluationReceipt.class, enrolmentId) != null;
    }

    @Override
    public Set<Long> evaluated(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select x.enrolmentId from EvaluationReceipt x where x.enrolmentId in :ids", Long.class)
                .setParameter("ids", enrolmentIds).getResultStream().collect(Collectors.toSet());
    }

    @Override
    public List<EvaluationResponse> ofSession(long sessionId) {
        return em.createQuery("select r from EvaluationResponse r where r.sessionId = :s", EvaluationResponse.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public List<EvaluationResponse> all() {
        return em.createQuery("select r from EvaluationResponse r", EvaluationResponse.class).getResultList();
    }
}
