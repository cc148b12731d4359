-- Second factor (TOTP, RFC 6238): the secret sealed with the server's key (AES-GCM), the last time
-- step used (a code is accepted once), and ten single-use recovery codes stored as SHA-256.
create table second_factor (
    username      varchar(64)  not null primary key references account (username) on delete cascade,
    secret_sealed varchar(200) not null,
    confirmed_at  timestamp,
    last_step     bigint       not null
);

create table recovery_code (
    username  varchar(64) not null references account (username) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamp,
    primary key (username, code_hash)
);

-- Personal access tokens for API clients: only the SHA-256 is kept; at most a year; revocable.
create sequence api_token_seq start with 50 increment by 50;

create table api_token (
    id           bigint       not null primary key,
    username     varchar(64)  not null references account (username) on delete cascade,
    token_hash   varchar(64)  not null,
    label        varchar(100) not null,
    created_at   timestamp    not null,
    expires_at   timestamp    not null,
    revoked_at   timestamp,
    last_used_at timestamp,
    constraint api_token_hash unique (token_hash)
);

create index api_token_username on api_token (username);
