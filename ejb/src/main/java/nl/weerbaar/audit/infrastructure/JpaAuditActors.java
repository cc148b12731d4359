package nl.weerbaar.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.audit.domain.AuditActor;
import nl.weerbaar.audit.domain.AuditActors;

/** The audit trail's pseudonyms in the relational database, through JPA. */
@ApplicationScoped
public class JpaAuditActors implements AuditActors {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public Optional<Long> idOf(String username) {
        return em.createQuery("select a.id from AuditActor a where a.username = :u", Long.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public long add(String username) {
        AuditActor actor = new AuditActor(username);
        em.persist(actor);
        em.flush();
        return actor.getId();
    }

    @Override
    public Optional<String> usernameOf(long id) {
        return Optional.ofNullable(em.find(AuditActor.class, id)).map(AuditActor::getUsername);
    }

    @Override
    public void delete(String username) {
        em.createQuery("delete from AuditActor a where a.username = :u").setParameter("u", username).executeUpdate();
    }
}
