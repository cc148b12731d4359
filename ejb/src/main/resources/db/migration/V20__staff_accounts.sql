-- Staff accounts managed by an administrator: a display name for the list, the last full login,
-- and when it was deactivated (a deactivated login keeps its password hash and roles, so it can be
-- reactivated; the identity store already refuses it through account.active).
alter table account add column display_name varchar(200);
alter table account add column last_login_at timestamp;
alter table account add column deactivated_at timestamp;

-- An invitation is for a participant (her record holds name and address) or for a staff account:
-- then it holds the display name, the address to send the link to, and the roles to give. The
-- address is removed once the invitation is used: it was needed to send the link, nothing more.
alter table invitation alter column participant_id drop not null;
alter table invitation add column staff_name varchar(200);
alter table invitation add column staff_email varchar(254);
alter table invitation add constraint invitation_for_whom
    check ((participant_id is not null and staff_name is null) or (participant_id is null and staff_name is not null));

create table invitation_role (
    invitation_id bigint      not null references invitation (id) on delete cascade,
    role          varchar(32) not null,
    primary key (invitation_id, role)
);
