package nl.weerbaar.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.audit.domain.AuditEvent;
import nl.weerbaar.audit.domain.AuditTrail;
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

    @Inject
    private AuditTrail trail;

    @Inject
    private AuditPseudonyms pseudonyms;

    /** Actors are searched by user name and shown by it while their pseudonym resolves; an erased one shows "#" and a number. */
    public Page search(AuditQuery query, Long before, int size) {
        List<String> actors = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            String name = query.actor().strip();
            actors.add(name); // lines written before pseudonyms hold the name itself
            pseudonyms.existing(name).ifPresent(actors::add);
        }
        List<AuditEvent> found = trail.search(query.participantId(), actors, query.action(),
                query.from() == null ? null : query.from().atStartOfDay(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(), before, size + 1);
        List<AuditEntry> items = new ArrayList<>();
        for (AuditEvent event : found.subList(0, Math.min(size, found.size()))) {
            String subject = AuditLog.ACCOUNT.equals(event.getSubjectType()) ? pseudonyms.resolve(event.getSubjectId())
                    : event.getSubjectId();
            items.add(new AuditEntry(event.getId(), event.getOccurredAt(), pseudonyms.resolve(event.getActor()),
                    event.getAction(), event.getSubjectType() + (subject == null ? "" : ":" + subject), event.getAddress()));
        }
        return new Page(items, found.size() > size ? items.get(items.size() - 1).id() : null);
    }
}
