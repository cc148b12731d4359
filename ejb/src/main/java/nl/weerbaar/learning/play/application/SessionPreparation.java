package nl.weerbaar.learning.play.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.planning.application.query.SessionFacts;
import nl.weerbaar.planning.application.query.SessionLookup;
import nl.weerbaar.platform.security.Roles;

/**
 * How far the participants booked on a session are with their e-learning, for the session's trainer:
 * counts per module only (who is where is not told), so the trainer knows what the group has practised.
 */
@Stateless
public class SessionPreparation {

    @Inject
    private SessionLookup sessions;

    @Inject
    private ModuleProgressQuery progress;

    @Resource
    private SessionContext caller;

    /** Per module: of the booked participants, how many passed it and how many started without passing. */
    public record ModuleCount(String moduleId, String title, String phase, long passed, long started) implements java.io.Serializable {
    }

    public record Summary(long sessionId, int booked, List<ModuleCount> modules) implements java.io.Serializable {
    }

    @RolesAllowed(Roles.TRAINER)
    public Summary of(long sessionId, Locale locale) {
        SessionFacts session = sessions.find(sessionId).filter(s -> s.givenBy(caller.getCallerPrincipal().getName()))
                .orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
        List<Long> booked = sessions.bookedParticipants(session.id());
        List<List<ModuleProgress>> each = booked.stream().map(id -> progress.of(id, locale)).toList();
        List<ModuleCount> counts = new ArrayList<>();
        if (!each.isEmpty()) {
            for (int m = 0; m < each.get(0).size(); m++) {
                ModuleProgress module = each.get(0).get(m);
                int index = m;
                long passed = each.stream().filter(p -> p.get(index).passed()).count();
                long started = each.stream().filter(p -> !p.get(index).passed()
                        && p.get(index).scenarios().stream().anyMatch(s -> s.attempts() > 0)).count();
                counts.add(new ModuleCount(module.id(), module.title(), module.phase(), passed, started));
            }
        }
        return new Summary(session.id(), booked.size(), counts);
    }
}
