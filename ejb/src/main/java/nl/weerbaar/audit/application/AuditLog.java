package nl.weerbaar.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.audit.domain.AuditEvent;
import nl.weerbaar.audit.domain.AuditTrail;
import nl.weerbaar.platform.Amsterdam;

/**
 * Records who read or changed personal data, in the caller's transaction: if the change rolls
 * back, so does its audit line. People are named by pseudonym ({@link AuditPseudonyms}), never by
 * user name, so that an erased person's lines resolve to nobody.
 */
@Stateless
public class AuditLog {

    /** The subject type of a login: its name is kept as a pseudonym. */
    public static final String ACCOUNT = "account";

    @Inject
    private AuditTrail trail;

    @Inject
    private AuditPseudonyms pseudonyms;

    @Resource
    private SessionContext caller;

    /** The caller did this to the subject; she, and an account as subject, are named by pseudonym. */
    public void record(String action, String subjectType, Object subjectId) {
        String subject = subjectId == null ? null : String.valueOf(subjectId);
        trail.append(new AuditEvent(Amsterdam.now(), pseudonyms.of(caller.getCallerPrincipal().getName()), action,
                subjectType, ACCOUNT.equals(subjectType) ? pseudonyms.of(subject) : subject));
    }

    /**
     * Erasure: the trail forgets these names (a login, an address typed as one; null ones are
     * skipped), so every line by or about them keeps a pseudonym that resolves to nobody.
     */
    public void forget(String... names) {
        pseudonyms.forget(names);
    }
}
