package nl.weerbaar.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.audit.domain.AuditEvent;

/**
 * Records who read or changed personal data, in the caller's transaction: if the change rolls
 * back, so does its audit line.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    public void record(String action, String subjectType, Object subjectId) {
        em.persist(new AuditEvent(Amsterdam.now(), caller.getCallerPrincipal().getName(), action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId)));
    }
}
