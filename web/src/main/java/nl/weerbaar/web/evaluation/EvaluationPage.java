package nl.weerbaar.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.evaluation.application.EvaluationForm;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/** The short questionnaire after a held session: three ratings and a comment, sent once. */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> QUESTIONS = List.of("overall", "usefulness", "trainers");

    @Inject
    private Evaluations evaluations;

    @Inject
    private LocalizedViolations violations;

    private Long sessionId;
    /** The session being evaluated: one she attended, held and not yet evaluated; null when there is none. */
    private nl.weerbaar.evaluation.application.PendingEvaluation session;
    private List<nl.weerbaar.evaluation.application.PendingEvaluation> open = List.of();
    private final Map<String, Integer> ratings = new HashMap<>();
    private String comments;
    private boolean sent;

    /**
     * Opens the form only for a session she may evaluate. Without a session in the address and exactly one
     * open, that one; otherwise the page says why there is no form and lists the open ones.
     */
    public void open() {
        open = evaluations.pending();
        if (sessionId == null && open.size() == 1) {
            sessionId = open.get(0).sessionId();
        }
        session = open.stream().filter(p -> sessionId != null && p.sessionId() == sessionId).findFirst().orElse(null);
    }

    public void send() {
        if (session == null) {
            return;
        }
        EvaluationForm form = new EvaluationForm();
        form.setOverall(ratings.get("overall"));
        form.setUsefulness(ratings.get("usefulness"));
        form.setTrainers(ratings.get("trainers"));
        form.setComments(comments);
        try {
            if (Refusals.attempt(() -> evaluations.submit(sessionId == null ? -1 : sessionId, form))) {
                sent = true;
            }
        } catch (InvalidInputException invalid) {
            violations.byField(invalid, Messages.locale()).values().stream().distinct()
                    .forEach(m -> Messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_ERROR, m));
        }
    }

    public List<String> getQuestions() {
        return QUESTIONS;
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public nl.weerbaar.evaluation.application.PendingEvaluation getSession() {
        return session;
    }

    public List<nl.weerbaar.evaluation.application.PendingEvaluation> getOpen() {
        return open;
    }

    public boolean isSent() {
        return sent;
    }
}
