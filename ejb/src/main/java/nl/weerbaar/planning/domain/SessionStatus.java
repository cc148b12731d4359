package nl.weerbaar.planning.domain;

/**
 * Where a training session is in its lifecycle: {@code DRAFT → OPEN → (FULL) → CONFIRMED → HELD →
 * CLOSED}, or {@code CANCELLED} from any state before {@code HELD}.
 */
public enum SessionStatus {
    DRAFT,
    OPEN,
    FULL,
    CONFIRMED,
    HELD,
    CLOSED,
    CANCELLED
}
