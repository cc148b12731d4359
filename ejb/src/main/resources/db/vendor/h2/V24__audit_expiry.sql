-- Retention may delete audit rows, but only old ones (docs/decisions/0008): a DELETE passes the
-- guard only in a session that named a horizon (the variable @AUDIT_EXPIRY_BEFORE) at least a year
-- in the past, and only for rows older than it. UPDATE is still refused always.
drop trigger audit_event_no_delete;

create trigger audit_event_expiry_only before delete on audit_event for each row
    call 'nl.weerbaar.audit.infrastructure.H2AuditExpiryGuard';
