package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.people.domain.account.LanguagePreference;
import nl.weerbaar.people.domain.account.LanguagePreferenceRepository;

/** Language preferences in the relational database, through JPA. */
@ApplicationScoped
public class JpaLanguagePreferenceRepository implements LanguagePreferenceRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public Optional<LanguagePreference> of(String username) {
        return Optional.ofNullable(em.find(LanguagePreference.class, username));
    }

    @Override
    public void store(LanguagePreference preference) {
        em.persist(preference);
    }

    @Override
    public void forget(String username) {
        em.createQuery("delete from LanguagePreference p where p.username = :u").setParameter("u", username).executeUpdate();
    }
}
