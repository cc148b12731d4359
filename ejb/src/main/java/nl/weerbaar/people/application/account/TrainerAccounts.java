package nl.weerbaar.people.application.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.platform.security.Roles;

/** Which logins may give a training: other contexts (planning) ask here instead of reading accounts. */
@Stateless
@PermitAll
public class TrainerAccounts {

    @Inject
    private AccountRepository accounts;

    /** Whether this is an open login with the role trainer. */
    public boolean isActiveTrainer(String username) {
        return accounts.find(username).filter(a -> a.isActive() && a.getRoles().contains(Roles.TRAINER)).isPresent();
    }
}
