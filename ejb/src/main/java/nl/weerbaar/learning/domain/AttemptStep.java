package nl.weerbaar.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** One choice taken in an attempt, at a node ({@code continue} at a situation). */
@Embeddable
public class AttemptStep {

    @Column(name = "node_id", nullable = false, length = 80)
    private String nodeId;

    @Column(name = "choice_id", nullable = false, length = 80)
    private String choiceId;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    protected AttemptStep() {
        // for JPA
    }

    public AttemptStep(String nodeId, String choiceId, LocalDateTime takenAt) {
        this.nodeId = nodeId;
        this.choiceId = choiceId;
        this.takenAt = takenAt;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getChoiceId() {
        return choiceId;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }
}
