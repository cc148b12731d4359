package nl.weerbaar.web.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.weerbaar.people.application.GemeenteService;
import nl.weerbaar.people.application.GemeenteView;
import nl.weerbaar.people.application.Invitations;
import nl.weerbaar.people.application.ParticipantForm;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.application.ParticipantView;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** NGB's register of office holders: search, add one, and send an invitation to create an account. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "deelnemerForm";

    @Inject
    private ParticipantRegister register;

    @Inject
    private Invitations invitations;

    @Inject
    private Erasure erasure;

    @Inject
    private nl.weerbaar.people.application.export.PersonalDataExport personalData;

    @Inject
    private GemeenteService gemeenten;

    @Inject
    private LocalizedViolations violations;

    @Inject
    private nl.weerbaar.learning.completion.application.Completions completions;

    private String search = "";
    private List<ParticipantView> found = List.of();
    private java.util.Map<Long, java.time.LocalDate> completed = java.util.Map.of();
    private ParticipantForm form = new ParticipantForm();
    /** The participant whose record the form corrects; null while it registers someone new. */
    private ParticipantView editing;

    @PostConstruct
    void init() {
        find();
    }

    public void find() {
        found = register.search(search, 100);
        completed = completions.completedOn(found.stream().map(ParticipantView::id).toList());
    }

    public void add() {
        try {
            ParticipantView added = register.register(form);
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("register.toegevoegd", added.naam()));
            form = new ParticipantForm();
            search = added.email();
            find();
        } catch (InvalidInputException e) {
            Messages.perField(FORM_ID, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    /** Puts her record in the form to correct it. */
    public void edit(ParticipantView participant) {
        editing = participant;
        form = new ParticipantForm();
        form.setNaam(participant.naam());
        form.setEmail(participant.email());
        form.setTelefoon(participant.telefoon());
        form.setAmbt(participant.ambt());
        form.setGemeenteCode(participant.gemeenteCode());
        form.setProvincie(participant.provincie());
        form.setInFunctieSinds(participant.inFunctieSinds());
    }

    /** Saves the form: a correction of the record being edited, otherwise a new registration. */
    public void save() {
        if (editing == null) {
            add();
            return;
        }
        try {
            java.util.Optional<ParticipantView> corrected = Refusals.obtain(() -> register.correct(editing.id(), form));
            corrected.ifPresent(c -> {
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("register.gecorrigeerd", c.naam()));
                cancelEdit();
                search = c.email();
                find();
            });
        } catch (InvalidInputException e) {
            Messages.perField(FORM_ID, violations.byField(e, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    public void cancelEdit() {
        editing = null;
        form = new ParticipantForm();
    }

    public ParticipantView getEditing() {
        return editing;
    }

    public void invite(ParticipantView participant) {
        if (Refusals.attempt(() -> invitations.invite(participant.id()))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("register.uitgenodigd", participant.email()));
        }
    }

    public void erase(ParticipantView participant) {
        if (Refusals.attempt(() -> erasure.erase(participant.id()))) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("register.gewist"));
            find();
        }
    }

    /** The offices to choose from: the register's Dutch name as the value, the name in the page's language as the label. */
    public List<SelectItem> getOffices() {
        return Arrays.stream(Ambt.values()).map(a -> new SelectItem(a.naam(), Messages.text("ambt." + a.name()))).toList();
    }

    /** An office as the register names it ("burgemeester"), in the page's language. */
    public String office(String naam) {
        return Ambt.metNaam(naam).map(a -> Messages.text("ambt." + a.name())).orElse(naam);
    }

    public List<String> getProvinces() {
        return Provincie.namen();
    }

    public List<GemeenteView> getGemeenten() {
        return gemeenten.active(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<ParticipantView> getFound() {
        return found;
    }

    /** When she completed the training; null when not (yet). */
    public java.time.LocalDate completedOn(ParticipantView participant) {
        return completed.get(participant.id());
    }

    public ParticipantForm getForm() {
        return form;
    }

    /** Everything held about her, to hand to her on request (right of access); audited when made. */
    public org.primefaces.model.StreamedContent export(ParticipantView p) {
        return org.primefaces.model.DefaultStreamedContent.builder().name("gegevens-deelnemer-" + p.id() + ".zip")
                .contentType("application/zip").stream(() -> new java.io.ByteArrayInputStream(personalData.of(p.id()))).build();
    }
}
