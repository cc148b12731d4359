package nl.weerbaar.web.planning;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.weerbaar.planning.application.EnrolmentService;
import nl.weerbaar.planning.application.MyEnrolment;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.ScheduleEvent;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** The participant's offer: the calendar of open sessions, enrolling, and her own enrolment. */
@Named
@ViewScoped
public class OfferPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DAY_AND_TIME = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private EnrolmentService enrolments;

    private SessionCalendar calendar;
    private SessionView selected;
    private MyEnrolment mine;
    private java.time.LocalDateTime trainedAt;

    @PostConstruct
    void load() {
        calendar = new SessionCalendar(sessions, TrainingSessionService::offer, SessionView::enrolmentOpen, null);
        mine = enrolments.mine().orElse(null);
        trainedAt = mine == null ? enrolments.myTrainingAttended().orElse(null) : null;
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        select(event.getObject().getData());
    }

    public void select(long sessionId) {
        selected = sessions.find(sessionId).orElse(null);
    }

    /** Enrols the participant in the selected (or given) session and tells her where she stands. */
    public void enrol(long sessionId) {
        Refusals.obtain(() -> enrolments.enrolSelf(sessionId)).ifPresent(view -> {
            if (view.waitlistPosition() != null) {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.wachtlijst", view.waitlistPosition()));
            } else {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.ingeschreven"));
            }
        });
        selected = null;
        load();
    }

    public void cancelMine() {
        if (Refusals.attempt(() -> enrolments.cancel(mine.sessionId(), mine.participantId()))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("aanbod.geannuleerd"));
        }
        load();
    }

    /** The calendar opens on the month of the first session still open for enrolment. */
    public java.time.LocalDate getInitialDate() {
        return sessions.firstDayOpenForEnrolment();
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

    /** The start of the session she attended; set only when she has no open enrolment. */
    public java.time.LocalDateTime getTrainedAt() {
        return trainedAt;
    }

    /** The deadline that closed enrolment, written as the pages write times (a converter would not see it after text). */
    public String closedSince(SessionView session) {
        return session.enrolmentDeadline().format(DAY_AND_TIME);
    }

    /**
     * What the action cell of a session says instead of a button, as a bundle key (empty: the button
     * shows): her own enrolment in it, one elsewhere, her training already done, or the closed deadline.
     */
    public String standing(SessionView session) {
        if (mine != null) {
            if (mine.sessionId() == session.id()) {
                return mine.waitlistPosition() != null ? "aanbod.staat.wachtlijst" : "aanbod.staat.ingeschreven";
            }
            return "aanbod.staat.elders";
        }
        if (trainedAt != null) {
            return "aanbod.staat.gevolgd";
        }
        return session.enrolmentOpen() ? "" : "aanbod.staat.gesloten";
    }
}
