package nl.weerbaar.web.planning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import nl.weerbaar.planning.application.EnrolmentService;
import nl.weerbaar.planning.application.EnrolmentView;
import nl.weerbaar.planning.application.MyEnrolment;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.ScheduleEvent;
import nl.weerbaar.web.platform.pages.CurrentUser;
import nl.weerbaar.web.platform.pages.Messages;

/** The participant's offer: the calendar of open sessions, enrolling, and her own enrolment. */
@Named
@ViewScoped
public class OfferPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private CurrentUser user;

    private SessionCalendar calendar;
    private SessionView selected;
    private MyEnrolment mine;

    @PostConstruct
    void load() {
        calendar = new SessionCalendar(sessions, OfferPage::openSessions, SessionView::enrolmentOpen, null);
        mine = user.hasRole("participant") ? enrolments.mine().orElse(null) : null;
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        select(event.getObject().getData());
    }

    public void select(long sessionId) {
        selected = sessions.find(sessionId).orElse(null);
    }

    /** Enrols the participant in the selected (or given) session and tells her where she stands. */
    public void enrol(long sessionId) {
        try {
            EnrolmentView view = enrolments.enrolSelf(sessionId);
            if (view.waitlistPosition() != null) {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.wachtlijst", view.waitlistPosition()));
            } else {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.ingeschreven"));
            }
        } catch (Conflict | NotFound refusal) {
            Messages.refused(refusal);
        }
        selected = null;
        load();
    }

    public void cancelMine() {
        try {
            enrolments.cancel(mine.sessionId(), mine.participantId());
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.geannuleerd"));
        } catch (Conflict | NotFound refusal) {
            Messages.refused(refusal);
        }
        load();
    }

    private static SessionQuery openSessions() {
        return SessionQuery.inStatuses(EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL))
                .between(nl.weerbaar.platform.Amsterdam.now().toLocalDate(), null);
    }

    /** The calendar opens on the month of the first session still open for enrolment. */
    public java.time.LocalDate getInitialDate() {
        return sessions.list(openSessions().page(0, 50)).sessions().stream().filter(SessionView::enrolmentOpen)
                .map(s -> s.start().toLocalDate()).findFirst()
                .orElse(nl.weerbaar.platform.Amsterdam.now().toLocalDate());
    }

    public SessionCalendar getCalendar() {
        return calendar;
    }

    public SessionView getSelected() {
        return selected;
    }

    public MyEnrolment getMine() {
        return mine;
    }
}
