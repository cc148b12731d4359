package nl.weerbaar.web.learning.play;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.weerbaar.learning.completion.application.CompletionStatus;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.evaluation.application.PendingEvaluation;
import nl.weerbaar.learning.records.application.LearningRecords;
import nl.weerbaar.learning.play.application.ModuleProgress;
import nl.weerbaar.learning.play.application.Player;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import nl.weerbaar.web.platform.pages.LanguageChoice;
import nl.weerbaar.web.platform.pages.Refusals;

/** The participant's e-learning: her modules and their scenarios, her completion, certificate and records. */
@Named
@RequestScoped
public class LearningPage {

    @Inject
    private Player player;

    @Inject
    private Completions completions;

    @Inject
    private Evaluations evaluations;

    @Inject
    private LearningRecords records;

    @Inject
    private LanguageChoice language;

    private CompletionStatus status;
    private List<PendingEvaluation> pending;

    public CompletionStatus getStatus() {
        if (status == null) {
            status = completions.mine(language.getLocale());
        }
        return status;
    }

    public List<ModuleProgress> getModules() {
        return getStatus().modules();
    }

    /** Held sessions she attended and has not evaluated. */
    public List<PendingEvaluation> getPendingEvaluations() {
        if (pending == null) {
            pending = evaluations.pending();
        }
        return pending;
    }

    /** Starts (or starts again) a scenario and opens the player on it. */
    public String start(String moduleId, String scenarioId) {
        return Refusals.obtain(() -> player.start(moduleId, scenarioId, language.getLocale()))
                .map(attempt -> "/deelnemer/speler?faces-redirect=true&poging=" + attempt.attemptId())
                .orElse(null);
    }

    public StreamedContent getCertificate() {
        return completions.myCertificate().map(pdf -> (StreamedContent) DefaultStreamedContent.builder()
                        .name("certificaat-weerbaar.pdf").contentType("application/pdf")
                        .stream(() -> new ByteArrayInputStream(pdf)).build())
                .orElse(null);
    }

    public StreamedContent getRecords() {
        byte[] json = records.mine().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("leerrecords.json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(json)).build();
    }
}
