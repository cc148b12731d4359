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
 * back, so does its audit line.
 */
@Stateless
public class AuditLog {

    @Inject
    private AuditTrail trail;

    @Resource
    private SessionContext caller;

    public void record(String action, String subjectType, Object subjectId) {
        trail.append(new AuditEvent(Amsterdam.now(), caller.getCallerPrincipal().getName(), action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId)));
    }
}
