package nl.weerbaar.web.planning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.planning.application.SessionForm;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** The form NGB staff plan a new session with. */
@Named
@ViewScoped
public class SessionPlanner implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "sessieForm";

    @Inject
    private TrainingSessionService service;

    @Inject
    private LocalizedViolations violations;

    private final SessionForm form = new SessionForm();

    /** Set when an existing session is being changed; null for a new one. */
    private Long id;

    /** Fills the form from the session being changed. */
    public void load() {
        if (id == null) {
            return;
        }
        service.find(id).ifPresentOrElse(s -> {
            form.setTitle(s.title());
            form.setStart(s.start());
            form.setEnd(s.end());
            form.setLocation(s.location());
            form.setProvince(s.province());
            form.setCapacity(s.capacity());
            form.setMinParticipants(s.minParticipants());
            form.setEnrolmentDeadline(s.enrolmentDeadline());
            form.setCancellationDeadline(s.cancellationDeadline());
            form.setNotes(s.notes());
            form.setTrainers(new java.util.LinkedHashSet<>(s.trainers()));
        }, () -> {
            id = null;
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("api.sessie.niet.gevonden"));
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionForm getForm() {
        return form;
    }

    public List<String> getProvinces() {
        return Provincie.namen();
    }

    private String store() {
        if (id != null) {
            SessionView changed = service.reschedule(id, form);
            Messages.flash("sessie.gewijzigd", changed.title());
            return "/planning/sessie.xhtml?faces-redirect=true&id=" + id;
        }
        SessionView created = service.schedule(form);
        Messages.flash("sessie.aangemaakt", created.title());
        return "/planning/sessies.xhtml?faces-redirect=true";
    }

    /** Plans the session and returns to the list, or shows each problem next to its field. */
    public String save() {
        try {
            return Refusals.obtain(this::store).orElse(null);
        } catch (InvalidInputException e) {
            Messages.perField(FORM_ID, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return null;
        }
    }
}
