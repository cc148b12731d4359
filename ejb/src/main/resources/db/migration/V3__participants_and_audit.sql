-- The participant register: political office holders who (may) take the training.
create sequence participant_seq start with 50 increment by 50;

create table participant (
    id               bigint       not null primary key,
    naam             varchar(200) not null,
    email            varchar(254) not null,
    telefoon         varchar(32),
    ambt             varchar(32)  not null,
    gemeente_code    varchar(6)   references gemeente (code),
    provincie        varchar(32),
    in_functie_sinds date         not null,
    created_at       timestamp    not null,
    version          bigint       not null,
    constraint participant_email_unique unique (email),
    constraint participant_werkgebied check (gemeente_code is not null or provincie is not null)
);

create index participant_gemeente on participant (gemeente_code);

-- Who read or changed which personal record, and when. Append-only: the application never updates or deletes rows.
create sequence audit_event_seq start with 50 increment by 50;

create table audit_event (
    id           bigint      not null primary key,
    occurred_at  timestamp   not null,
    actor        varchar(64) not null,
    action       varchar(48) not null,
    subject_type varchar(32) not null,
    subject_id   varchar(64)
);

create index audit_event_subject on audit_event (subject_type, subject_id);
