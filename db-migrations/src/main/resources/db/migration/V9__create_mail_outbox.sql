-- Outgoing mail, written in the transaction of what it announces and sent by a job (transactional outbox):
-- a mail is never sent for a change that rolled back, and never lost when the mail server is down.
-- Mail never carries clinical data: pseudonyms and links only.
create table mail_outbox (
    id          bigint generated always as identity primary key,
    recipient   varchar(254) not null,
    subject     varchar(200) not null,
    body        text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_failed timestamptz
);

create index mail_outbox_pending on mail_outbox (id) where sent_at is null;
