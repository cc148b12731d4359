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
import nl.weerbaar.learning.scenario.application.ScenarioAuthoring;
import nl.weerbaar.learning.scenario.application.ScenarioRejected;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioProblem;
import nl.weerbaar.scenarios.ScenarioReader;
import nl.weerbaar.scenarios.ScenarioValidator;
import nl.weerbaar.scenarios.ShippedScenarios;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/**
 * Editing one scenario file: the validator runs on save, a draft can be previewed as a participant
 * would play it and then published; every version can be exported; and the trainer sees how
 * participants chose. The preview keeps only its choices and replays them, like the player.
 */
@Named
@ViewScoped
public class ScenarioEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScenarioAuthoring authoring;

    private String id;
    private String text;
    private List<ScenarioProblem> problems = List.of();
    private List<ScenarioVersion> versions = List.of();
    private List<ChoiceDistribution> distribution = List.of();
    private String previewText;
    private final List<String> previewChoices = new ArrayList<>();
    private String previewFeedback;

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
        distribution = authoring.distribution(id);
    }

    public void save() {
        problems = List.of();
        try {
            ScenarioVersion saved = authoring.save(fileName(), text);
            id = saved.getScenarioId();
            text = saved.getContent();
            versions = authoring.versions(id);
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
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("scenario.gepubliceerd", published.getVersion()));
            });
        } catch (ScenarioRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
        }
    }

    /** Starts the preview of the text in the editor, if it is valid. */
    public void startPreview() {
        problems = ScenarioValidator.validate(fileName(), text);
        previewChoices.clear();
        previewFeedback = null;
        if (problems.isEmpty()) {
            previewText = text;
        } else {
            previewText = null;
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
        }
    }

    public void previewChoose(String choiceId) {
        Playthrough play = preview();
        Playthrough.Step step = play.choose(choiceId);
        previewChoices.add(choiceId);
        previewFeedback = step.feedback();
    }

    public void stopPreview() {
        previewText = null;
        previewChoices.clear();
        previewFeedback = null;
    }

    public boolean isPreviewing() {
        return previewText != null;
    }

    public NodeView getPreviewNode() {
        return NodeView.of(preview().current());
    }

    public Playthrough getPreviewState() {
        return preview();
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

    private Playthrough preview() {
        Scenario scenario = ScenarioReader.read(fileName(), previewText).scenario();
        return Playthrough.replay(scenario, previewChoices);
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

    public List<ChoiceDistribution> getDistribution() {
        return distribution;
    }

    public String getPreviewFeedback() {
        return previewFeedback;
    }
}
