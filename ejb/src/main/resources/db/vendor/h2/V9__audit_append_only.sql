-- The audit trail is append-only in the database itself, not only by convention: an UPDATE or
-- DELETE of an audit row fails, whoever sends it. H2 has no SQL trigger bodies, so the trigger is
-- Java source that H2 compiles itself (no application class on H2's class path is needed).
create trigger audit_event_no_update before update on audit_event for each row as $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection connection, Object[] before, Object[] after) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit_event is append-only: rows are never changed", "42501");
        }
    };
}
$$;

create trigger audit_event_no_delete before delete on audit_event for each row as $$
org.h2.api.Trigger create() {
    return new org.h2.api.Trigger() {
        public void fire(java.sql.Connection connection, Object[] before, Object[] after) throws java.sql.SQLException {
            throw new java.sql.SQLException("audit_event is append-only: rows are never deleted", "42501");
        }
    };
}
$$;
