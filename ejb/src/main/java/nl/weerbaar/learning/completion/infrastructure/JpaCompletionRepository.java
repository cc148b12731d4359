package nl.weerbaar.learning.completion.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.learning.completion.domain.Completion;
import nl.weerbaar.learning.completion.domain.CompletionRepository;

/** Completions in the relational database, through JPA. */
@ApplicationScoped
public class JpaCompletionRepository implements CompletionRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Completion completion) {
        em.persist(completion);
    }

    @Override
    public Optional<Completion> of(long participantId) {
        return Optional.ofNullable(em.find(Completion.class, participantId));
    }

    @Override
    public List<Completion> of(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Completion c where c.participantId in :ids", Completion.class)
                .setParameter("ids", participantIds).getResultList();
    }

    @Override
    public Optional<Completion> byCertificateCode(String code) {
        return em.createQuery("select c from Completion c where c.certificateCode = :code", Completion.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
