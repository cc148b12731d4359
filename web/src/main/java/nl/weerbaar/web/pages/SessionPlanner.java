package nl.weerbaar.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.planning.application.SessionForm;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;

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

    public SessionForm getForm() {
        return form;
    }

    public List<String> getProvinces() {
        return Arrays.stream(Provincie.values()).map(Provincie::naam).toList();
    }

    /** Plans the session and returns to the list, or shows each problem next to its field. */
    public String save() {
        try {
            SessionView created = service.schedule(form);
            Messages.flash("sessie.aangemaakt", created.title());
            return "/planning/sessies.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Map<String, String> byField = violations.byField(e, faces.getViewRoot().getLocale());
            byField.forEach((field, message) -> Messages.add(FORM_ID + ":" + field, FacesMessage.SEVERITY_ERROR, message));
            faces.validationFailed();
            return null;
        }
    }
}
