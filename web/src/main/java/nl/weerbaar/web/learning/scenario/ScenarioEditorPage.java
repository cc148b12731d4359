package nl.weerbaar.web.learning.scenario;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.learning.scenario.application.ChoiceDistribution;
import nl.weerbaar.learning.play.application.NodeView;
import nl.weerbaar.learning.play.application.Player;
import nl.weerbaar.learning.play.application.Preview;
import nl.weerbaar.learning.scenario.application.ScenarioAuthoring;
import nl.weerbaar.learning.scenario.application.ScenarioRejected;
import nl.weerbaar.learning.scenario.application.ScenarioReview;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.scenarios.ScenarioProblem;
import nl.weerbaar.scenarios.ShippedScenarios;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/**
 * Editing one scenario file: the validator runs on save, a draft can be previewed as a participant
 * would play it and then published; every version can be exported; and the trainer reviews the newest
 * version: its sources, its paths with their endings and points, and how participants chose. The
 * preview keeps only its choices; the player plays them, storing nothing.
 */
@Named
@ViewScoped
public class ScenarioEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScenarioAuthoring authoring;

    @Inject
    private Player player;

    private String id;
    private String text;
    private List<ScenarioProblem> problems = List.of();
    private List<ScenarioVersion> versions = List.of();
    private ScenarioReview review;
    private String previewText;
    private final List<String> previewChoices = new ArrayList<>();
    private Preview preview;

    /** Loads the draft, or else the newest version; without an id, a new scenario starts from an example. */
    public void load() {
        if (id == null || id.isBlank()) {
            if (text == null) {
                text = ShippedScenarios.text(ShippedScenarios.ids().get(0));
            }
            return;
        }
        versions = authoring.versions(id);
        if (versions.isEmpty()) {
            Refusals.show(new NotFound("scenario.niet.gevonden"));
            id = null;
            return;
        }
        text = versions.get(versions.size() - 1).getContent();
        review = authoring.review(id);
    }

    public void save() {
        problems = List.of();
        try {
            ScenarioVersion saved = authoring.save(fileName(), text);
            id = saved.getScenarioId();
            text = saved.getContent();
            versions = authoring.versions(id);
            review = authoring.review(id);
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("scenario.opgeslagen", saved.getVersion()));
        } catch (ScenarioRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
        }
    }

    public void publish() {
        try {
            Refusals.obtain(() -> authoring.publish(id)).ifPresent(published -> {
                versions = authoring.versions(id);
                review = authoring.review(id);
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("scenario.gepubliceerd", published.getVersion()));
            });
        } catch (ScenarioRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
        }
    }

    /** Starts the preview of the text in the editor, if it is valid. */
    public void startPreview() {
        stopPreview();
        try {
            preview = player.preview(fileName(), text, List.of());
            previewText = text;
            problems = List.of();
        } catch (ScenarioRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
        }
    }

    public void previewChoose(String choiceId) {
        List<String> choices = new ArrayList<>(previewChoices);
        choices.add(choiceId);
        try {
            preview = player.preview(fileName(), previewText, choices);
            previewChoices.add(choiceId);
        } catch (InvalidInputException refused) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("speler.keuze.niet.mogelijk"));
        }
    }

    public void stopPreview() {
        previewText = null;
        previewChoices.clear();
        preview = null;
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public NodeView getPreviewNode() {
        return preview.node();
    }

    public Preview getPreviewState() {
        return preview;
    }

    public StreamedContent export(int version) {
        ScenarioVersion v = authoring.version(id, version);
        byte[] content = v.getContent().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(id + "-v" + version + ".json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public boolean isHasDraft() {
        return !versions.isEmpty() && !versions.get(versions.size() - 1).isPublished();
    }

    private String fileName() {
        return (id == null || id.isBlank() ? "nieuw" : id) + ".json";
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<ScenarioProblem> getProblems() {
        return problems;
    }

    public List<ScenarioVersion> getVersions() {
        return versions;
    }

    /** How participants chose, per decision of each published version. */
    public List<ChoiceDistribution> getDistribution() {
        return review == null ? List.of() : review.choices();
    }

    /** The review of the newest version (sources, paths, choice figures); null for a scenario not saved yet. */
    public ScenarioReview getReview() {
        return review;
    }

    public String getPreviewFeedback() {
        return preview == null ? null : preview.feedback();
    }
}
