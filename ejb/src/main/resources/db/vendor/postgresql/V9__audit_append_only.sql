-- The audit trail is append-only in the database itself, not only by convention: an UPDATE,
-- DELETE or TRUNCATE of audit rows fails, whoever sends it.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: rows are never changed or deleted'
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
