package nl.weerbaar.audit.domain;

/** The append-only store of audit events: events are added, never changed or removed. */
public interface AuditTrail {

    /** Adds the event in the caller's transaction. */
    void append(AuditEvent event);

    /**
     * The events that match, newest first: at most {@code size}, with ids below {@code before} when
     * it is given (keyset paging). Every criterion may be null.
     */
    java.util.List<AuditEvent> search(Long participantId, String actor, String action, java.time.LocalDateTime from,
            java.time.LocalDateTime until, Long before, int size);
}
