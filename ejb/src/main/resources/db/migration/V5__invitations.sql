-- Invitations to create a participant account: the link carries a random token; only its SHA-256
-- is stored, so a leaked database cannot be used to take over an invitation.
create sequence invitation_seq start with 50 increment by 50;

create table invitation (
    id             bigint      not null primary key,
    token_hash     varchar(64) not null,
    participant_id bigint      not null references participant (id),
    created_by     varchar(64) not null,
    created_at     timestamp   not null,
    expires_at     timestamp   not null,
    used_at        timestamp,
    constraint invitation_token_unique unique (token_hash)
);
