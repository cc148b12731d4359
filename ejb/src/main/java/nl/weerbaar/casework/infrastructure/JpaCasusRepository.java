package nl.weerbaar.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.casework.domain.Casus;
import nl.weerbaar.casework.domain.CasusRepository;
import nl.weerbaar.casework.domain.SessionCasus;

/** Cases and their discussions in the relational database, through JPA. */
@ApplicationScoped
public class JpaCasusRepository implements CasusRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Casus casus) {
        em.persist(casus);
    }

    @Override
    public Optional<Casus> find(long id) {
        return Optional.ofNullable(em.find(Casus.class, id));
    }

    @Override
    public List<Casus> all() {
        return em.createQuery("select c from Casus c order by c.theme, c.title", Casus.class).getResultList();
    }

    @Override
    public List<Casus> discussedIn(long sessionId) {
        return em.createQuery("select c from Casus c where c.id in "
                        + "(select x.casusId from SessionCasus x where x.sessionId = :s) order by c.title", Casus.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public void recordDiscussed(long sessionId, Collection<Long> casusIds) {
        em.createQuery("delete from SessionCasus x where x.sessionId = :s").setParameter("s", sessionId).executeUpdate();
        casusIds.forEach(casusId -> em.persist(new SessionCasus(sessionId, casusId)));
    }
}
