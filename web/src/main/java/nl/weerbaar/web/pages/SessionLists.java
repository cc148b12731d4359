package nl.weerbaar.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionStatus;

/** The session lists of the pages: NGB's list of everything planned, and what a participant can join. */
@Named
@ViewScoped
public class SessionLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingSessionService service;

    private SessionLazyModel planned;
    private SessionLazyModel open;

    /** Every session in any status (NGB). */
    public SessionLazyModel getPlanned() {
        if (planned == null) {
            planned = new SessionLazyModel(service, EnumSet.allOf(SessionStatus.class));
        }
        return planned;
    }

    /** Sessions that take enrolments or a waitlist. */
    public SessionLazyModel getOpen() {
        if (open == null) {
            open = new SessionLazyModel(service, EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL));
        }
        return open;
    }
}
