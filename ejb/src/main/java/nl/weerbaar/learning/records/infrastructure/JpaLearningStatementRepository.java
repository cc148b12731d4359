package nl.weerbaar.learning.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.weerbaar.learning.records.domain.LearningStatement;
import nl.weerbaar.learning.records.domain.LearningStatementRepository;

/** Learning statements in the relational database, through JPA. */
@ApplicationScoped
public class JpaLearningStatementRepository implements LearningStatementRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(LearningStatement statement) {
        em.persist(statement);
    }

    @Override
    public List<LearningStatement> of(long participantId) {
        return em.createQuery("select s from LearningStatement s where s.participantId = :p order by s.id",
                LearningStatement.class).setParameter("p", participantId).getResultList();
    }

    @Override
    public void deleteOf(long participantId) {
        em.createQuery("delete from LearningStatement s where s.participantId = :p")
                .setParameter("p", participantId).executeUpdate();
    }
}
