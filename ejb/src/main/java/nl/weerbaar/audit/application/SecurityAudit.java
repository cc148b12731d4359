package nl.weerbaar.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.weerbaar.audit.domain.AuditEvent;
import nl.weerbaar.audit.domain.AuditTrail;
import nl.weerbaar.platform.Amsterdam;

/**
 * Records security events — logins, failures, locks, releases, logouts — with the client address;
 * actors and accounts by pseudonym ({@link AuditPseudonyms}).
 * Each in a transaction of its own: a refused login has no transaction to join, and a failure must
 * stay recorded whatever happens to the request after it.
 */
@Stateless
@PermitAll
public class SecurityAudit {

    /** Who acted when nobody is logged in (a failed login of a name that is not an account). */
    public static final String ANONYMOUS = "anonymous";

    @Inject
    private AuditTrail trail;

    @Inject
    private AuditPseudonyms pseudonyms;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, SecurityAction action, String account, String address) {
        record(actor, action, AuditLog.ACCOUNT, account, address);
    }

    /** An event about something other than an account, such as the page or API path a refusal was for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, SecurityAction action, String subjectType, String subject, String address) {
        String fitted = AuditLog.ACCOUNT.equals(subjectType) ? pseudonyms.of(subject)
                : subject == null || subject.length() <= 64 ? subject : subject.substring(0, 64);
        trail.append(new AuditEvent(Amsterdam.now(), actor == null ? ANONYMOUS : pseudonyms.of(actor), action.name(),
                subjectType, fitted, address));
    }
}
