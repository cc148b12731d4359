-- Accounts of the identity store: one row per login, one row per role.
create table account (
    username      varchar(64)  not null primary key,
    password_hash varchar(512) not null,
    active        boolean      not null,
    created_at    timestamp    not null
);

create table account_role (
    username varchar(64) not null references account (username) on delete cascade,
    role     varchar(32) not null,
    primary key (username, role)
);

-- Training sessions; times are local times in Europe/Amsterdam.
-- EclipseLink takes the value it draws as the last id of a block of 50, so the first draw is 50.
create sequence training_session_seq start with 50 increment by 50;

create table training_session (
    id         bigint       not null primary key,
    title      varchar(200) not null,
    starts_at  timestamp    not null,
    ends_at    timestamp    not null,
    location   varchar(200) not null,
    province   varchar(32)  not null,
    capacity   integer      not null,
    status     varchar(16)  not null,
    created_at timestamp    not null,
    version    bigint       not null,
    constraint training_session_period check (ends_at > starts_at),
    constraint training_session_capacity check (capacity between 1 and 30)
);

create index training_session_starts_at on training_session (starts_at);
create index training_session_status on training_session (status);
