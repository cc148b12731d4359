-- Retention may delete audit rows, but only old ones (docs/decisions/0008): a DELETE passes only in
-- a transaction that named a horizon (setting weerbaar.audit_expiry_before, transaction-local) at
-- least a year in the past, and only for rows older than it. UPDATE and TRUNCATE are still refused.
create function audit_event_expire_only() returns trigger language plpgsql as $$
declare
    horizon timestamp := nullif(current_setting('weerbaar.audit_expiry_before', true), '')::timestamp;
begin
    if horizon is null or horizon > localtimestamp - interval '1 year' or old.occurred_at >= horizon then
        raise exception 'audit_event is append-only: only rows older than a retention horizon of at least a year may be deleted'
            using errcode = 'insufficient_privilege';
    end if;
    return old;
end;
$$;

drop trigger audit_event_no_update on audit_event;

create trigger audit_event_no_update before update on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_expiry_only before delete on audit_event
    for each row execute function audit_event_expire_only();
