-- The transactional outbox: every e-mail is a row written in the transaction of the change that
-- causes it, with exactly the content that will be sent; a worker sends it and marks it sent.
create sequence outbox_mail_seq start with 50 increment by 50;

create table outbox_mail (
    id            bigint        not null primary key,
    recipient     varchar(254)  not null,
    subject       varchar(500)  not null,
    body          varchar(20000) not null,
    calendar      varchar(20000),
    created_at    timestamp     not null,
    due_at        timestamp     not null,
    attempts      integer       not null,
    last_error    varchar(1000),
    sent_at       timestamp,
    dead          boolean       not null
);

-- The worker reads the unsent rows oldest first.
create index outbox_mail_unsent on outbox_mail (sent_at, id);
create index outbox_mail_recipient on outbox_mail (recipient, id);
