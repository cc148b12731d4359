package nl.weerbaar.people.application.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.platform.security.Roles;

/**
 * The caller's own name for the top bar: a participant's from the register, a staff member's display
 * name (kept since staff invitations). Empty when there is none, so the page falls back to the user name.
 */
@Stateless
@PermitAll
public class OwnName {

    @Inject
    private ParticipantRepository participants;

    @Inject
    private AccountRepository accounts;

    @Resource
    private SessionContext caller;

    // Asked on every page for the top bar, and reads only: no transaction, so no commit round trip.
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Optional<String> mine() {
        String username = caller.getCallerPrincipal().getName();
        Optional<String> name = caller.isCallerInRole(Roles.PARTICIPANT)
                ? participants.byAccount(username).map(Participant::getNaam)
                : accounts.find(username).map(Account::getDisplayName);
        return name.filter(n -> !n.isBlank());
    }
}
