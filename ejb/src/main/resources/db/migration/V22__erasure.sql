-- Erasure that leaves no one identifiable (AVG art. 17). With one mayor per gemeente, office +
-- gemeente + the date her office began is the person: erasure clears the gemeente and this date
-- (province and office stay for the anonymous figures), and notes when the row was erased.
alter table participant alter column in_functie_sinds drop not null;
alter table participant add column erased_at timestamp;

-- The audit trail is append-only, so it cannot forget a user name once written: it names actors
-- (and accounts as subjects) by a pseudonym instead, "#" and the id of this row. Erasure deletes
-- her row, after which her audit lines keep only a number that resolves to nobody.
create sequence audit_actor_seq start with 50 increment by 50;

create table audit_actor (
    id       bigint      not null primary key,
    username varchar(64) not null,
    constraint audit_actor_username unique (username)
);
