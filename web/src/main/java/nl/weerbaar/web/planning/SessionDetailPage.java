package nl.weerbaar.web.planning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.application.ParticipantView;
import nl.weerbaar.planning.application.EnrolmentService;
import nl.weerbaar.planning.application.EnrolmentView;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/**
 * One session for NGB staff (its enrolments, waitlist and lifecycle) and for its trainers
 * (attendance). The service decides what each may do.
 */
@Named
@ViewScoped
public class SessionDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private ParticipantRegister register;

    @Inject
    private nl.weerbaar.planning.application.signin.SignInSheet signInSheets;

    private Long id;
    private SessionView session;
    private List<EnrolmentView> list = List.of();
    private ParticipantView toEnrol;

    /** Loads the session named by the view parameter; an unknown one leaves the page with a message. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            session = sessions.find(id).orElse(null);
            list = session == null ? List.of() : enrolments.ofSession(id);
        } catch (NotFound gone) {
            session = null;
            list = List.of();
        }
        if (session == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("api.sessie.niet.gevonden"));
        }
    }

    public void changeStatus(String target) {
        if (Refusals.attempt(() -> sessions.changeStatus(id, SessionStatus.valueOf(target)))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO,
                    Messages.text("detail.status.gewijzigd", Messages.text("sessie.status." + target)));
        }
        load();
    }

    public void cancelEnrolment(long participantId) {
        if (Refusals.attempt(() -> enrolments.cancel(id, participantId))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("detail.inschrijving.geannuleerd"));
        }
        load();
    }

    public void enrolSelected() {
        if (toEnrol == null) {
            Messages.add("detailForm:deelnemer", FacesMessage.SEVERITY_ERROR, Messages.text("detail.kies.deelnemer"));
            return;
        }
        Refusals.obtain(() -> enrolments.enrolOnBehalf(id, toEnrol.id())).ifPresent(view -> {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("detail.ingeschreven", view.participantName(),
                    Messages.text("inschrijving.status." + view.status())));
            toEnrol = null;
        });
        load();
    }

    public void recordAttendance(long participantId, String attendance) {
        if (Refusals.attempt(() -> enrolments.recordAttendance(id, participantId, EnrolmentStatus.valueOf(attendance)))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("detail.aanwezigheid.vastgelegd"));
        }
        load();
    }

    /** Participants for the autocomplete: name or e-mail contains what was typed. */
    public List<ParticipantView> completeParticipant(String text) {
        return register.search(text, 10);
    }

    public boolean mayBecome(String target) {
        return session != null && SessionStatus.valueOf(session.status()).mayBecome(SessionStatus.valueOf(target));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionView getSession() {
        return session;
    }

    public List<EnrolmentView> getList() {
        return list;
    }

    public ParticipantView getToEnrol() {
        return toEnrol;
    }

    public void setToEnrol(ParticipantView toEnrol) {
        this.toEnrol = toEnrol;
    }

    /** The sign-in sheet to print (PDF/A); made when asked for, as printing it is audited. */
    public org.primefaces.model.StreamedContent getSignInSheet() {
        if (id == null) {
            return null;
        }
        return org.primefaces.model.DefaultStreamedContent.builder().name("presentielijst-" + id + ".pdf")
                .contentType("application/pdf").stream(() -> new java.io.ByteArrayInputStream(signInSheets.of(id))).build();
    }
}
