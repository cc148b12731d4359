-- Security events (logins, locks, refusals) are audited with the client address they came from.
-- IPv6 text is at most 45 characters.
alter table audit_event add column address varchar(45);
