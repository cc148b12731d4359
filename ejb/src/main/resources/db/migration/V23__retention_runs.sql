-- The nightly retention job (docs/decisions/0008): each run notes its horizons and what it removed,
-- so what went and when can be shown without the audit trail it also shortens.
create sequence retention_run_seq start with 50 increment by 50;

create table retention_run (
    id                     bigint    not null primary key,
    started_at             timestamp not null,
    finished_at            timestamp,
    inactive_before        timestamp not null,
    records_before         timestamp not null,
    audit_before           timestamp not null,
    participants_erased    integer   not null,
    attempts_deleted       integer   not null,
    statements_deleted     integer   not null,
    audit_rows_deleted     integer   not null
);
