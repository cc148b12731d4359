package nl.weerbaar.learning.completion.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.weerbaar.learning.completion.domain.ModuleCompletion;
import nl.weerbaar.learning.completion.domain.ModuleCompletionRepository;

/** Module completions in the relational database, through JPA. */
@ApplicationScoped
public class JpaModuleCompletionRepository implements ModuleCompletionRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(ModuleCompletion completion) {
        em.persist(completion);
    }

    @Override
    public boolean completed(long participantId, String moduleId) {
        return em.find(ModuleCompletion.class, new ModuleCompletion.Key(participantId, moduleId)) != null;
    }
}
