-- Referrals the board advises (the patient to a CAR-T, HSCT or trial centre; a sample to a laboratory), part of the
-- signed advice and as immutable once it is issued; and what became of them, reported later, append-only.
create table advice_referral (
    id          bigint generated always as identity primary key,
    advice_id   bigint       not null references advice (id) on delete cascade,
    position    integer      not null check (position > 0),
    subject     varchar(10)  not null check (subject in ('PATIENT', 'SAMPLE')),
    purpose     varchar(30)  not null check (purpose in ('CAR_T', 'HSCT', 'TRIAL', 'DRUG_RESPONSE_PROFILING', 'SEQUENCING',
        'FLOW_CYTOMETRY', 'OTHER')),
    destination varchar(300) not null check (length(trim(destination)) > 0),
    note        varchar(1000),
    unique (advice_id, position)
);

create trigger advice_referral_of_issued_is_immutable
    before insert or update or delete on advice_referral
    for each row execute function refuse_change_of_issued_advice_option();

create table referral_progress (
    id           bigint generated always as identity primary key,
    referral_id  bigint       not null references advice_referral (id),
    status       varchar(10)  not null check (status in ('PROPOSED', 'ACCEPTED', 'DONE', 'DECLINED')),
    -- The date it happened, apart from when it was recorded.
    effective_on date         not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(100) not null
);

create index referral_progress_referral on referral_progress (referral_id, id);

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'board_app') then
        revoke update, delete, truncate on referral_progress from board_app;
    end if;
end
$$;
