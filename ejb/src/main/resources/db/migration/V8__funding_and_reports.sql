-- Funding: BZK's budget per year, tariffs with validity dates, and per enrolment whether BZK
-- funds it (null: the default for the office, see the report's method notes).
create table budget (
    budget_year  integer       not null primary key,
    amount       numeric(12,2) not null,
    lock_version bigint        not null
);

create sequence tariff_seq start with 50 increment by 50;

create table tariff (
    id          bigint        not null primary key,
    kind        varchar(24)   not null,
    amount      numeric(10,2) not null,
    valid_from  date          not null,
    valid_until date,
    created_by  varchar(64)   not null,
    created_at  timestamp     not null
);

alter table enrolment add column bzk_funded boolean;

-- A module passed, recorded once when its last required scenario is passed (for the reports).
create table module_completion (
    participant_id bigint      not null references participant (id),
    module_id      varchar(40) not null,
    completed_on   date        not null,
    primary key (participant_id, module_id)
);

