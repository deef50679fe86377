-- Delivery in two steps, so that a crash can neither lose nor double a mail: a node claims a row (committed) before it
-- talks to the SMTP server and records the outcome afterwards. A failure before the server accepted the mail is
-- retried with growing delays; a mail whose outcome is unknown (connection lost after the message was sent, a node that
-- died while sending) or that failed too often is held for the board office, who sees it and may send it again.
alter table mail_outbox
    add column next_attempt_at timestamptz,
    add column claimed_at      timestamptz,
    add column claimed_by      varchar(100),
    add column held_at         timestamptz,
    add column held_reason     varchar(20) check (held_reason in ('ATTEMPTS', 'UNCERTAIN', 'REFUSED')),
    add constraint mail_outbox_held_reason check ((held_at is null) = (held_reason is null));

drop index mail_outbox_pending;
create index mail_outbox_pending on mail_outbox (id) where sent_at is null and held_at is null;
