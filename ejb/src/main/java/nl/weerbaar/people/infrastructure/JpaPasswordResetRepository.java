package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.people.domain.account.PasswordReset;
import nl.weerbaar.people.domain.account.PasswordResetRepository;

/** Password resets in the relational database, through JPA. */
@ApplicationScoped
public class JpaPasswordResetRepository implements PasswordResetRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(PasswordReset reset) {
        em.persist(reset);
    }

    @Override
    public Optional<PasswordReset> byToken(String token) {
        return byToken(token, LockModeType.NONE);
    }

    @Override
    public Optional<PasswordReset> lockByToken(String token) {
        return byToken(token, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<PasswordReset> byToken(String token, LockModeType lock) {
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", PasswordReset.hash(token)).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public int deleteUnusedOf(String username) {
        return em.createQuery("delete from PasswordReset r where r.username = :u and r.usedAt is null")
                .setParameter("u", username).executeUpdate();
    }
}
