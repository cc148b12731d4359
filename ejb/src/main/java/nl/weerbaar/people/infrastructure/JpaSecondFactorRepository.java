package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.people.domain.account.RecoveryCode;
import nl.weerbaar.people.domain.account.SecondFactor;
import nl.weerbaar.people.domain.account.SecondFactorRepository;

/** Second factors and recovery codes in the relational database, through JPA. */
@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public Optional<SecondFactor> of(String username) {
        return Optional.ofNullable(em.find(SecondFactor.class, username));
    }

    @Override
    public java.util.Set<String> confirmedAmong(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("select f.username from SecondFactor f where f.confirmedAt is not null"
                + " and f.username in :names", String.class).setParameter("names", usernames).getResultList());
    }

    @Override
    public Optional<SecondFactor> lockForCheck(String username) {
        return Optional.ofNullable(em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(SecondFactor factor) {
        em.persist(factor);
    }

    @Override
    public void remove(String username) {
        em.createQuery("delete from RecoveryCode c where c.username = :u").setParameter("u", username).executeUpdate();
        em.createQuery("delete from SecondFactor f where f.username = :u").setParameter("u", username).executeUpdate();
    }

    @Override
    public void replaceRecoveryCodes(String username, List<String> codeHashes) {
        em.createQuery("delete from RecoveryCode c where c.username = :u").setParameter("u", username).executeUpdate();
        codeHashes.forEach(hash -> em.persist(new RecoveryCode(username, hash)));
    }

    @Override
    public Optional<RecoveryCode> recoveryCode(String username, String codeHash) {
        return Optional.ofNullable(em.find(RecoveryCode.class, new RecoveryCode.Key(username, codeHash), LockModeType.PESSIMISTIC_WRITE));
    }
}
