-- The date the board gave its advice, apart from the time the chair signed it here: time zero of survival and of the
-- follow-up schedule. A board registers the history it had before this system with the real dates; advice given
-- before the day it was signed here is "registered retrospectively" wherever it is shown.
alter table advice add column advised_on date;

-- Issued advice is immutable (V8); this one-time backfill of the new column passes the trigger by disabling it for
-- the statement only.
alter table advice disable trigger advice_issued_is_immutable;
update advice set advised_on = cast(issued_at at time zone 'UTC' as date) where status = 'ISSUED';
alter table advice enable trigger advice_issued_is_immutable;

alter table advice add constraint advice_advised_on_when_issued
    check ((status = 'ISSUED') = (advised_on is not null));
alter table advice add constraint advice_advised_on_not_after_issue
    check (advised_on is null or advised_on <= cast(issued_at at time zone 'UTC' as date));
