package nl.weerbaar.web.casework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.casework.application.CasusForm;
import nl.weerbaar.casework.application.CasusLibrary;
import nl.weerbaar.casework.domain.Casus;
import nl.weerbaar.casework.domain.IncidentType;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** The casuistry: add and edit cases, and record which were discussed in one of her sessions. */
@Named
@ViewScoped
public class CasusPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM_ID = "casusForm";

    @Inject
    private CasusLibrary library;

    @Inject
    private LocalizedViolations violations;

    private CasusForm form = new CasusForm();
    private List<Casus> cases;
    private Long sessionId;
    private List<Long> discussed = new ArrayList<>();

    public List<Casus> getCases() {
        if (cases == null) {
            cases = library.all();
        }
        return cases;
    }

    public void edit(long id) {
        Casus c = library.find(id);
        form = new CasusForm();
        form.setId(c.getId());
        form.setTitle(c.getTitle());
        form.setDescription(c.getDescription());
        form.setTheme(c.getTheme());
        form.setIncidentType(c.getIncidentType());
        form.setSource(c.getSource());
        form.setTags(c.getTags());
    }

    public void save() {
        try {
            Casus saved = library.save(form);
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("casus.opgeslagen", saved.getTitle()));
            form = new CasusForm();
            cases = null;
        } catch (InvalidInputException invalid) {
            Messages.perField(FORM_ID, violations.byField(invalid, Messages.locale()));
        }
    }

    public void newCase() {
        form = new CasusForm();
    }

    /** Shows which cases were discussed in the chosen session. */
    public void sessionChosen() {
        discussed = sessionId == null ? new ArrayList<>()
                : new ArrayList<>(library.discussedIn(sessionId).stream().map(Casus::getId).toList());
    }

    public void saveDiscussed() {
        if (sessionId == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("casus.kies.sessie"));
            return;
        }
        if (Refusals.attempt(() -> library.discussed(sessionId, discussed))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("casus.besproken.opgeslagen", discussed.size()));
        }
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public IncidentType[] getIncidentTypes() {
        return IncidentType.values();
    }

    public CasusForm getForm() {
        return form;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public List<Long> getDiscussed() {
        return discussed;
    }

    public void setDiscussed(List<Long> discussed) {
        this.discussed = discussed;
    }
}
