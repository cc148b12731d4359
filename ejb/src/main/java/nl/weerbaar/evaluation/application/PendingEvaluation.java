package nl.weerbaar.evaluation.application;

/** A held session she attended and may still evaluate. */
public record PendingEvaluation(long sessionId, String title) implements java.io.Serializable {
}
