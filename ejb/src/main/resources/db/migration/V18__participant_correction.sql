-- What NGB corrected in a participant's record, field by field, with the old and new value (AVG art. 16,
-- and so a correction can be traced). Not in the audit trail: that is append-only and keeps ids only,
-- and these values are personal data that erasure must be able to remove with her.
create sequence participant_correction_seq start with 50 increment by 50;

create table participant_correction (
    id             bigint       not null primary key,
    participant_id bigint       not null references participant (id),
    corrected_at   timestamp    not null,
    corrected_by   varchar(64)  not null,
    field          varchar(32)  not null,
    old_value      varchar(254),
    new_value      varchar(254)
);

create index participant_correction_participant on participant_correction (participant_id);
