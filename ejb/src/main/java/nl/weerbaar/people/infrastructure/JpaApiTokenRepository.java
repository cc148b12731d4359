package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.people.domain.account.ApiToken;
import nl.weerbaar.people.domain.account.ApiTokenRepository;

/** Personal access tokens in the relational database, through JPA. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(ApiToken token) {
        em.persist(token);
    }

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> of(String username) {
        return em.createQuery("select t from ApiToken t where t.username = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public int revokeAll(String username, LocalDateTime at) {
        return em.createQuery("update ApiToken t set t.revokedAt = :at where t.username = :u and t.revokedAt is null")
                .setParameter("at", at).setParameter("u", username).executeUpdate();
    }
}
