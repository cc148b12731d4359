package nl.weerbaar.web.learning.play;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.weerbaar.learning.play.application.AttemptView;
import nl.weerbaar.learning.play.application.Player;
import nl.weerbaar.learning.play.application.StepResult;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.scenarios.SupportMap;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.web.platform.pages.LanguageChoice;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/**
 * The player: one attempt, one node at a time, with the feedback on the last choice. Everything
 * she did is stored with each choice, so leaving the page and coming back resumes it. The scenario is
 * shown in her page language where it has an English text; the page marks its language either way.
 */
@Named
@ViewScoped
public class PlayerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Player player;

    @Inject
    private LanguageChoice language;

    private Long attemptId;
    private AttemptView attempt;
    private String feedback;

    public void load() {
        if (attemptId == null) {
            return;
        }
        attempt = Refusals.obtain(() -> player.attempt(attemptId, language.getLocale())).orElse(null);
    }

    public void choose(String choiceId) {
        try {
            StepResult step = player.choose(attemptId, choiceId, language.getLocale());
            feedback = step.feedback();
            attempt = player.attempt(attemptId, language.getLocale());
        } catch (InvalidInputException refused) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("speler.keuze.niet.mogelijk"));
            attempt = player.attempt(attemptId, language.getLocale());
        }
    }

    /** A new attempt at the same scenario; this one is kept. */
    public String again() {
        AttemptView next = player.start(attempt.moduleId(), attempt.scenarioId(), language.getLocale());
        return "/deelnemer/speler?faces-redirect=true&poging=" + next.attemptId();
    }

    /** The support map beside scenarios about the network (part B). */
    public List<SupportMap.Instance> getSupport() {
        return SupportMap.instances(language.getLocale());
    }

    /** The language of the support map beside the scenario ({@code nl} where it has no English text). */
    public String getSupportLanguage() {
        return SupportMap.language(language.getLocale());
    }

    public boolean isNetworkScenario() {
        return attempt != null && "B".equals(attempt.part());
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(Long attemptId) {
        this.attemptId = attemptId;
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public String getFeedback() {
        return feedback;
    }
}
