package nl.weerbaar.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.weerbaar.audit.domain.AuditActors;

/**
 * How the audit trail names people: a user name becomes "#" and a number, made at its first use, and
 * an administrator reads the name back while it exists. Forgetting the name (erasure) leaves its
 * lines with a number that resolves to nobody; the trail itself is never changed.
 */
@Stateless
@PermitAll
public class AuditPseudonyms {

    static final String PREFIX = "#";

    @Inject
    private AuditActors actors;

    @Resource
    private SessionContext context;

    public AuditPseudonyms() {
        // for the container
    }

    /** Over these rows (for tests, with names that exist already). */
    AuditPseudonyms(AuditActors actors) {
        this.actors = actors;
    }

    /** The pseudonym of a user name; null and {@value SecurityAudit#ANONYMOUS} stay as they are. */
    public String of(String username) {
        if (username == null || username.equals(SecurityAudit.ANONYMOUS)) {
            return username;
        }
        Optional<Long> id = actors.idOf(username);
        if (id.isPresent()) {
            return PREFIX + id.get();
        }
        try {
            return PREFIX + context.getBusinessObject(AuditPseudonyms.class).add(username);
        } catch (EJBException raced) {
            // Another request added the same name at the same moment: its row is committed now.
            return PREFIX + actors.idOf(username).orElseThrow(() -> raced);
        }
    }

    /** In a transaction of its own, so a race on the unique name cannot roll back the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long add(String username) {
        return actors.add(username);
    }

    /** The existing pseudonym of a user name, for searching; empty when it never acted. */
    public Optional<String> existing(String username) {
        return actors.idOf(username).map(id -> PREFIX + id);
    }

    /** The user name behind a pseudonym while it exists; anything else as it is (older lines hold names). */
    public String resolve(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return value;
        }
        try {
            return actors.usernameOf(Long.parseLong(value.substring(PREFIX.length()))).orElse(value);
        } catch (NumberFormatException notOurs) {
            return value;
        }
    }

    /** Forgets the user names (null ones are skipped): their pseudonyms resolve to nobody from now on. */
    public void forget(String... usernames) {
        for (String username : usernames) {
            if (username != null) {
                actors.delete(username);
            }
        }
    }
}
