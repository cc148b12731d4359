package nl.weerbaar.reporting.source;

import java.time.LocalDateTime;

/** A held session: when it started, its capacity, and how many attended it fully or partly. */
public record HeldSession(LocalDateTime start, int capacity, int attended) {
}
