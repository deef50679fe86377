-- Events a centre reports the day it learns of them, between the scheduled follow-ups (death, relapse or progression,
-- start of a therapy, HSCT, CAR-T, loss to follow-up). Each carries the date it happened apart from when and by whom
-- it was recorded; they feed the same outcome measures as the reports. Append-only, like every clinical record.
create table outcome_event (
    id             bigint generated always as identity primary key,
    case_id        bigint       not null references board_case (id),
    kind           varchar(20)  not null check (kind in ('DEATH', 'RELAPSE', 'THERAPY_START', 'HSCT', 'CAR_T',
        'LOST_TO_FOLLOW_UP')),
    -- The date it happened (for a loss to follow-up: the last date the patient was known alive).
    occurred_on    date         not null,
    cause_of_death varchar(30) check (cause_of_death in ('DISEASE', 'TREATMENT_TOXICITY', 'INFECTION', 'HSCT_RELATED',
        'OTHER', 'UNKNOWN')),
    therapy_given  varchar(20) check (therapy_given in ('ADVISED_OPTION', 'OTHER_TRIAL', 'OFF_LABEL',
        'COMPASSIONATE_USE', 'STANDARD')),
    advised_option integer check (advised_option > 0),
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null,
    check ((kind = 'DEATH') = (cause_of_death is not null)),
    check ((kind = 'THERAPY_START') = (therapy_given is not null)),
    check ((therapy_given = 'ADVISED_OPTION') = (advised_option is not null))
);

create index outcome_event_case on outcome_event (case_id, occurred_on);

create trigger outcome_event_append_only
    before update or delete on outcome_event
    for each row execute function refuse_change_of_append_only_table();

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'board_app') then
        revoke update, delete, truncate on outcome_event from board_app;
    end if;
end
$$;
