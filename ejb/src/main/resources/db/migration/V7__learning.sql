-- Learning: scenario versions (drafts and immutable published versions), attempts pinned to a
-- version with their steps, xAPI learning records, completion with certificate code, the trainers'
-- casuistry, and session evaluations.
create sequence scenario_version_seq start with 50 increment by 50;

create table scenario_version (
    id           bigint        not null primary key,
    scenario_id  varchar(80)   not null,
    version      integer       not null,
    status       varchar(16)   not null,
    title        varchar(200)  not null,
    part         varchar(4)    not null,
    content      varchar(200000) not null,
    saved_by     varchar(64)   not null,
    saved_at     timestamp     not null,
    published_by varchar(64),
    published_at timestamp,
    lock_version bigint        not null,
    constraint scenario_version_unique unique (scenario_id, version)
);

create sequence attempt_seq start with 50 increment by 50;

create table attempt (
    id                  bigint      not null primary key,
    participant_id      bigint      not null references participant (id),
    module_id           varchar(40) not null,
    scenario_version_id bigint      not null references scenario_version (id),
    scenario_id         varchar(80) not null,
    scenario_version    integer     not null,
    actor               varchar(40),
    step_count          integer     not null,
    status              varchar(16) not null,
    current_node        varchar(80) not null,
    total               integer     not null,
    scores              varchar(200) not null,
    passed              boolean     not null,
    started_at          timestamp   not null,
    finished_at         timestamp,
    lock_version        bigint      not null
);

-- actor: the xAPI mbox_sha1sum, kept with the attempt so a step needs no personal data; erasure clears it.
create index attempt_participant on attempt (participant_id, scenario_id);
create index attempt_scenario on attempt (scenario_id, scenario_version);

create table attempt_step (
    attempt_id bigint      not null references attempt (id) on delete cascade,
    seq        integer     not null,
    node_id    varchar(80) not null,
    choice_id  varchar(80) not null,
    taken_at   timestamp   not null,
    primary key (attempt_id, seq)
);

create sequence learning_statement_seq start with 50 increment by 50;

-- xAPI statements (JSON); the actor is an mbox_sha1sum, and erasure deletes them.
create table learning_statement (
    id             bigint       not null primary key,
    participant_id bigint       not null references participant (id),
    attempt_id     bigint       not null references attempt (id),
    verb           varchar(16)  not null,
    stored_at      timestamp    not null,
    statement      varchar(8000) not null
);

create index learning_statement_participant on learning_statement (participant_id);

create table completion (
    participant_id    bigint      not null primary key references participant (id),
    session_id        bigint      not null references training_session (id),
    completed_on      date        not null,
    certificate_code  varchar(20),
    constraint completion_code_unique unique (certificate_code)
);

create sequence casus_seq start with 50 increment by 50;

create table casus (
    id            bigint        not null primary key,
    title         varchar(200)  not null,
    description   varchar(4000) not null,
    theme         varchar(4)    not null,
    incident_type varchar(40)   not null,
    source        varchar(200)  not null,
    tags          varchar(400)  not null,
    created_by    varchar(64)   not null,
    created_at    timestamp     not null,
    lock_version  bigint        not null
);

create table session_casus (
    session_id bigint not null references training_session (id),
    casus_id   bigint not null references casus (id),
    primary key (session_id, casus_id)
);

create sequence evaluation_seq start with 50 increment by 50;

-- Answers carry no link to who gave them, nor a time that could be matched with one; evaluation_receipt
-- only records that an enrolment answered (once).
create table evaluation_response (
    id          bigint        not null primary key,
    session_id  bigint        not null references training_session (id),
    overall     integer       not null,
    usefulness  integer       not null,
    trainers    integer       not null,
    comments    varchar(2000)
);

create index evaluation_session on evaluation_response (session_id);

create table evaluation_receipt (
    enrolment_id bigint not null primary key references enrolment (id)
);
