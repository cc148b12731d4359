package nl.weerbaar.web.learning.scenario;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.weerbaar.learning.scenario.application.ScenarioAuthoring;
import nl.weerbaar.learning.scenario.application.ScenarioRejected;
import nl.weerbaar.learning.scenario.application.ScenarioSummary;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.scenarios.ScenarioProblem;
import nl.weerbaar.web.platform.pages.Messages;

/** The trainers' scenario library: every scenario with its published version and draft, and importing a file. */
@Named
@ViewScoped
public class ScenarioLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int READ_LIMIT = 1024 * 1024 + 1;

    @Inject
    private ScenarioAuthoring authoring;

    private transient Part file;
    private List<ScenarioProblem> problems = List.of();
    private List<ScenarioSummary> scenarios;

    public List<ScenarioSummary> getScenarios() {
        if (scenarios == null) {
            scenarios = authoring.overview();
        }
        return scenarios;
    }

    /** Imports the file as a draft and opens it in the editor; a broken file is refused whole, with every problem. */
    public String upload() throws IOException {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("import.kies.bestand"));
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(READ_LIMIT);
        }
        if (content.length == READ_LIMIT) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.te.groot"));
            return null;
        }
        try {
            ScenarioVersion saved = authoring.importFile(file.getSubmittedFileName(), content);
            Messages.flash("scenario.geimporteerd", saved.getScenarioId(), saved.getVersion());
            return "/casuistiek/scenario?faces-redirect=true&id=" + saved.getScenarioId();
        } catch (ScenarioRejected rejected) {
            problems = rejected.problems();
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("scenario.geweigerd", problems.size()));
            return null;
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ScenarioProblem> getProblems() {
        return problems;
    }
}
