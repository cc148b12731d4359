package nl.weerbaar.planning.application;

import jakarta.ejb.SessionContext;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.security.Roles;

/** Who manages a session's people: NGB, and the trainers who give it. */
public final class SessionAccess {

    private SessionAccess() {
    }

    public static boolean mayManage(SessionContext caller, TrainingSession session) {
        return caller.isCallerInRole(Roles.NGB) || session.isTrainer(caller.getCallerPrincipal().getName());
    }
}
