-- The audit trail is append-only in the database itself, not only by convention: an UPDATE or
-- DELETE of an audit row fails, whoever sends it. H2 runs triggers as Java classes; this one only
-- refuses (nl.weerbaar.audit.infrastructure.H2AuditGuard).
create trigger audit_event_no_update before update on audit_event for each row
    call 'nl.weerbaar.audit.infrastructure.H2AuditGuard';

create trigger audit_event_no_delete before delete on audit_event for each row
    call 'nl.weerbaar.audit.infrastructure.H2AuditGuard';
