package nl.weerbaar.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import nl.weerbaar.audit.domain.AuditEvent;
import nl.weerbaar.platform.security.Roles;

/**
 * The administrators' reading of the audit trail: newest first, a page at a time by keyset (the
 * id below which the next page starts), so paging stays fast however long the trail grows.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditSearch {

    public static final int PAGE = 50;

    /** One page and where the next one starts (null: this is the last). */
    public record Page(List<AuditEntry> items, Long next) {
    }

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    public Page search(AuditQuery query, Long before, int size) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (query.participantId() != null) {
            where.add("e.subjectType = 'participant' and e.subjectId = :participant");
            parameters.put("participant", String.valueOf(query.participantId()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add("e.actor = :actor");
            parameters.put("actor", query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.add("e.action = :action");
            parameters.put("action", query.action().strip());
        }
        if (query.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
        if (before != null) {
            where.add("e.id < :before");
            parameters.put("before", before);
        }
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc", AuditEvent.class);
        parameters.forEach(select::setParameter);
        List<AuditEvent> found = select.setMaxResults(size + 1).getResultList();
        List<AuditEntry> items = new ArrayList<>();
        for (AuditEvent event : found.subList(0, Math.min(size, found.size()))) {
            items.add(new AuditEntry(event.getId(), event.getOccurredAt(), event.getActor(), event.getAction(),
                    event.getSubjectType() + (event.getSubjectId() == null ? "" : ":" + event.getSubjectId()), event.getAddress()));
        }
        Long next = found.size() > size ? items.get(items.size() - 1).id() : null;
        return new Page(items, next);
    }
}
