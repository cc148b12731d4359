package nl.weerbaar.audit.domain;

/** The append-only store of audit events: events are added, never changed or removed. */
public interface AuditTrail {

    /** Adds the event in the caller's transaction. */
    void append(AuditEvent event);

    /**
     * The events that match, newest first: at most {@code size}, with ids below {@code before} when
     * it is given (keyset paging). Every criterion may be null (or empty); the actor is any of {@code actors}.
     */
    java.util.List<AuditEvent> search(Long participantId, java.util.Collection<String> actors, String action, java.time.LocalDateTime from,
            java.time.LocalDateTime until, Long before, int size);
}
