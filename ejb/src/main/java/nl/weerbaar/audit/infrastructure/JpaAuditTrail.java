package nl.weerbaar.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.weerbaar.audit.domain.AuditEvent;
import nl.weerbaar.audit.domain.AuditTrail;

/** Audit events in the relational database, through JPA. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }
}
