package nl.weerbaar.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
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

    @Override
    public List<AuditEvent> search(Long participantId, java.util.Collection<String> actors, String action, LocalDateTime from,
            LocalDateTime until, Long before, int size) {
        // Only the criteria given become conditions: PostgreSQL cannot type ":p is null" parameters.
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> parameters = new HashMap<>();
        if (participantId != null) {
            where.add("e.subjectType = 'participant' and e.subjectId = :participant");
            parameters.put("participant", String.valueOf(participantId));
        }
        if (actors != null && !actors.isEmpty()) {
            where.add("e.actor in :actors");
            parameters.put("actors", actors);
        }
        if (action != null && !action.isBlank()) {
            where.add("e.action = :action");
            parameters.put("action", action.strip());
        }
        if (from != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", from);
        }
        if (until != null) {
            where.add("e.occurredAt < :until");
            parameters.put("until", until);
        }
        if (before != null) {
            where.add("e.id < :before");
            parameters.put("before", before);
        }
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc", AuditEvent.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(size).getResultList();
    }
}
