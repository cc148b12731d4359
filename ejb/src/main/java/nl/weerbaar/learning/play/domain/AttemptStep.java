package nl.weerbaar.learning.play.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One choice taken in an attempt, at a node ({@code continue} at a situation); only ever inserted. */
@Entity
@Table(name = "attempt_step")
@IdClass(AttemptStep.Key.class)
public class AttemptStep {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "seq")
    private Integer seq;

    @Column(name = "node_id", nullable = false, length = 80)
    private String nodeId;

    @Column(name = "choice_id", nullable = false, length = 80)
    private String choiceId;

    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    protected AttemptStep() {
        // for JPA
    }

    AttemptStep(long attemptId, int seq, String nodeId, String choiceId, LocalDateTime takenAt) {
        this.attemptId = attemptId;
        this.seq = seq;
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

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long attemptId;
        private Integer seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(attemptId, k.attemptId) && Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, seq);
        }
    }
}
