package nl.weerbaar.learning.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
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
    public List<LearningStatement> page(Long participantId, Long cursor, boolean ascending, String verb, LocalDateTime since,
            LocalDateTime until, int max) {
        StringBuilder jpql = new StringBuilder("select s from LearningStatement s where 1 = 1");
        if (participantId != null) {
            jpql.append(" and s.participantId = :p");
        }
        if (cursor != null) {
            jpql.append(ascending ? " and s.id > :cursor" : " and s.id < :cursor");
        }
        if (verb != null) {
            jpql.append(" and s.verb = :verb");
        }
        if (since != null) {
            jpql.append(" and s.storedAt > :since");
        }
        if (until != null) {
            jpql.append(" and s.storedAt <= :until");
        }
        jpql.append(ascending ? " order by s.id asc" : " order by s.id desc");
        TypedQuery<LearningStatement> query = em.createQuery(jpql.toString(), LearningStatement.class).setMaxResults(max);
        if (participantId != null) {
            query.setParameter("p", participantId);
        }
        if (cursor != null) {
            query.setParameter("cursor", cursor);
        }
        if (verb != null) {
            query.setParameter("verb", verb);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    @Override
    public java.util.Optional<LearningStatement> byStatementId(Long participantId, String statementId) {
        // The id is the statement's first field, as the recorder writes it: {"id":"<uuid>",...}; the caller
        // passes a UUID only, so the pattern holds no wildcard.
        TypedQuery<LearningStatement> query = em.createQuery("select s from LearningStatement s where s.statement like :prefix"
                + (participantId == null ? "" : " and s.participantId = :p"), LearningStatement.class)
                .setParameter("prefix", "{\"id\":\"" + statementId + "\"%");
        if (participantId != null) {
            query.setParameter("p", participantId);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public void deleteOf(long participantId) {
        em.createQuery("delete from LearningStatement s where s.participantId = :p")
                .setParameter("p", participantId).executeUpdate();
    }
}
