package nl.weerbaar.audit.domain;

/** The append-only store of audit events: events are added, never changed or removed. */
public interface AuditTrail {

    /** Adds the event in the caller's transaction. */
    void append(AuditEvent event);
}
