package nl.weerbaar.funding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.weerbaar.funding.domain.Tariff;
import nl.weerbaar.funding.domain.TariffRepository;

/** Tariffs in the relational database, through JPA. */
@ApplicationScoped
public class JpaTariffRepository implements TariffRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Tariff tariff) {
        em.persist(tariff);
    }

    @Override
    public List<Tariff> all() {
        return em.createQuery("select t from Tariff t order by t.kind, t.validFrom", Tariff.class).getResultList();
    }
}
