package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;

/** Accounts in the relational database, through JPA (the identity store reads the same tables with SQL). */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Account account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public Optional<Account> find(String username) {
        return Optional.ofNullable(em.find(Account.class, username));
    }

    @Override
    public Optional<Account> lock(String username) {
        return Optional.ofNullable(em.find(Account.class, username, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public java.util.List<Account> staff() {
        return em.createQuery("select distinct a from Account a join a.roles r where r in :staff order by a.username",
                Account.class).setParameter("staff", nl.weerbaar.platform.security.Roles.STAFF).getResultList();
    }

    @Override
    public long lockActiveAdmins() {
        return em.createQuery("select a from Account a join a.roles r where r = :admin and a.active = true", Account.class)
                .setParameter("admin", nl.weerbaar.platform.security.Roles.ADMIN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    @Override
    public void delete(Account account) {
        // The participant row refers to the login by a plain column, which the provider cannot order by.
        em.flush();
        em.remove(account);
        em.flush();
    }

    @Override
    public boolean isOpen(String username) {
        return !em.createQuery("select a.username from Account a where a.username = :u and a.active = true", String.class)
                .setParameter("u", username).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public java.util.Set<String> rolesOfOpen(String username) {
        return java.util.Set.copyOf(em.createQuery("select r from Account a join a.roles r where a.username = :u and a.active = true",
                String.class).setParameter("u", username).getResultList());
    }
}
