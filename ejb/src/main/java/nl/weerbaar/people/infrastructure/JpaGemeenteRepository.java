package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.people.domain.Gemeente;
import nl.weerbaar.people.domain.GemeenteRepository;
import nl.weerbaar.people.domain.Provincie;

/** Gemeenten in the relational database, through JPA. */
@ApplicationScoped
public class JpaGemeenteRepository implements GemeenteRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Gemeente gemeente) {
        em.persist(gemeente);
    }

    @Override
    public Optional<Gemeente> find(String code) {
        return Optional.ofNullable(em.find(Gemeente.class, code));
    }

    @Override
    public List<Gemeente> all() {
        return em.createQuery("select g from Gemeente g", Gemeente.class).getResultList();
    }

    @Override
    public List<Gemeente> active(Provincie provincie) {
        // Two queries rather than ":p is null or …": PostgreSQL cannot type an untyped null parameter.
        if (provincie == null) {
            return em.createQuery("select g from Gemeente g where g.actief = true order by g.naam", Gemeente.class)
                    .getResultList();
        }
        return em.createQuery("select g from Gemeente g where g.actief = true and g.provincie = :provincie"
                        + " order by g.naam", Gemeente.class)
                .setParameter("provincie", provincie)
                .getResultList();
    }
}
