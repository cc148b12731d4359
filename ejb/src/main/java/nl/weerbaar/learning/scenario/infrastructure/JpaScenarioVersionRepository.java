package nl.weerbaar.learning.scenario.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.learning.scenario.domain.ScenarioVersionRepository;

/** Scenario versions in the relational database, through JPA. */
@ApplicationScoped
public class JpaScenarioVersionRepository implements ScenarioVersionRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(ScenarioVersion version) {
        em.persist(version);
    }

    @Override
    public Optional<ScenarioVersion> find(long id) {
        return Optional.ofNullable(em.find(ScenarioVersion.class, id));
    }

    @Override
    public Optional<ScenarioVersion> find(String scenarioId, int version) {
        return em.createQuery("select v from ScenarioVersion v where v.scenarioId = :id and v.version = :version",
                        ScenarioVersion.class)
                .setParameter("id", scenarioId).setParameter("version", version).getResultStream().findFirst();
    }

    @Override
    public Optional<ScenarioVersion> latestPublished(String scenarioId) {
        return em.createQuery("select v from ScenarioVersion v where v.scenarioId = :id and v.status = :published "
                        + "order by v.version desc", ScenarioVersion.class)
                .setParameter("id", scenarioId).setParameter("published", ScenarioVersion.Status.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ScenarioVersion> of(String scenarioId) {
        return em.createQuery("select v from ScenarioVersion v where v.scenarioId = :id order by v.version",
                ScenarioVersion.class).setParameter("id", scenarioId).getResultList();
    }

    @Override
    public List<ScenarioVersion> all() {
        return em.createQuery("select v from ScenarioVersion v order by v.scenarioId, v.version", ScenarioVersion.class)
                .getResultList();
    }
}
