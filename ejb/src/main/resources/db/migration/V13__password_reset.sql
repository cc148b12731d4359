-- Password reset by an e-mailed single-use link (ASVS 2.5): the link carries 256 random bits; only
-- their SHA-256 is stored. A link is valid one hour and once; a newer request deletes older unused links.
create sequence password_reset_seq start with 50 increment by 50;

create table password_reset (
    id         bigint      not null primary key,
    username   varchar(64) not null references account (username) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp   not null,
    expires_at timestamp   not null,
    used_at    timestamp,
    constraint password_reset_token_unique unique (token_hash)
);

create index password_reset_username on password_reset (username);
