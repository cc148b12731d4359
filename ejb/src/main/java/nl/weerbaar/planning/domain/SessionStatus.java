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
    CANCELLED;

    /** Whether a new session may start in this status: as a draft, or open at once. */
    public boolean startsASession() {
        return this == DRAFT || this == OPEN;
    }

    /** The transitions staff may make by hand (FULL comes and goes by itself with the bookings). */
    public boolean mayBecome(SessionStatus target) {
        return switch (target) {
            case OPEN -> this == DRAFT;
            case CONFIRMED -> this == OPEN || this == FULL;
            case HELD -> this == CONFIRMED;
            case CLOSED -> this == HELD;
            case CANCELLED -> this == DRAFT || this == OPEN || this == FULL || this == CONFIRMED;
            case DRAFT, FULL -> false;
        };
    }
}
