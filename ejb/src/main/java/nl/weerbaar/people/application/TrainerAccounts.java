package nl.weerbaar.people.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.weerbaar.people.domain.Account;
import nl.weerbaar.platform.security.Roles;

/** Which logins may give a training: other contexts (planning) ask here instead of reading accounts. */
@Stateless
@PermitAll
public class TrainerAccounts {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    /** Whether this is an open login with the role trainer. */
    public boolean isActiveTrainer(String username) {
        Account account = em.find(Account.class, username);
        return account != null && account.isActive() && account.getRoles().contains(Roles.TRAINER);
    }
}
