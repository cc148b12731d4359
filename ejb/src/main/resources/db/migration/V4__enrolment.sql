-- Sessions get what enrolment needs: a minimum, deadlines (null: the default before the start),
-- notes and their trainers.
alter table training_session add column min_participants integer default 4 not null;
alter table training_session add column enrolment_deadline timestamp;
alter table training_session add column cancellation_deadline timestamp;
alter table training_session add column notes varchar(2000);

create table session_trainer (
    session_id bigint      not null references training_session (id) on delete cascade,
    username   varchar(64) not null references account (username),
    primary key (session_id, username)
);

-- A participant may have an account (role participant) to enrol herself.
alter table participant add column account_username varchar(64) references account (username);
alter table participant add constraint participant_account_unique unique (account_username);

-- Enrolments: booked, waitlisted (queue_number: arrival order within the session, drawn under its lock), cancelled, and after the
-- session attended, partially attended or no-show. ical_sequence counts changes for calendar updates.
create sequence enrolment_seq start with 50 increment by 50;

create table enrolment (
    id             bigint      not null primary key,
    session_id     bigint      not null references training_session (id),
    participant_id bigint      not null references participant (id),
    status         varchar(24) not null,
    queue_number   bigint,
    enrolled_at    timestamp   not null,
    changed_at     timestamp   not null,
    ical_sequence  integer     not null,
    version        bigint      not null
);

create index enrolment_session_status on enrolment (session_id, status);
create index enrolment_participant on enrolment (participant_id);
