-- The language a user chose for the pages (nl or en): mails and documents follow it. A table of its
-- own, keyed by the login name, so closing or erasing an account removes it with one delete.
create table language_preference (
    username  varchar(64) not null primary key,
    language  varchar(8)  not null
);
