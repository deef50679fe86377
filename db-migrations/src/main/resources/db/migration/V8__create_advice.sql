-- The board's advice (product.md step 7): versions of an ordered list of options, signed by the chair.
-- An issued version is immutable, enforced here whatever the application does; an amendment is a new version.
create table advice (
    id                bigint generated always as identity primary key,
    public_id         uuid         not null unique,
    case_id           bigint       not null references board_case (id),
    meeting_id        bigint       references meeting (id),
    ranking_id        bigint       not null references case_ranking (id),
    version_number    integer      not null check (version_number > 0),
    status            varchar(10)  not null check (status in ('DRAFT', 'ISSUED')),
    summary           text check (length(summary) <= 4000),
    -- Why the panel departed from the engine's order; feeds the prospective optimisation of the algorithm.
    override_reason   text check (length(override_reason) <= 4000),
    -- Why an issued version was amended; present exactly on versions after the first.
    amendment_reason  text check (length(amendment_reason) <= 4000),
    lock_version      bigint       not null default 0,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    issued_at         timestamptz,
    issued_by         varchar(100),
    document_id       varchar(40) unique,
    content_sha256    varchar(64),
    pdf               bytea,
    pdf_sha256        varchar(64),
    unique (case_id, version_number),
    check ((version_number = 1) = (amendment_reason is null)),
    check ((status = 'ISSUED') = (issued_at is not null and issued_by is not null and pdf is not null
        and pdf_sha256 is not null and content_sha256 is not null and document_id is not null))
);

-- At most one draft per case at a time.
create unique index advice_one_draft on advice (case_id) where status = 'DRAFT';

create table advice_option (
    id               bigint generated always as identity primary key,
    advice_id        bigint        not null references advice (id) on delete cascade,
    position         integer       not null check (position > 0),
    option_type      varchar(30)   not null check (option_type in ('TRIAL', 'OFF_LABEL_TARGETED', 'COMPASSIONATE_USE',
        'IMMUNOTHERAPY', 'HSCT', 'CAR_T', 'FURTHER_DIAGNOSTICS', 'STANDARD_RELAPSE_PROTOCOL', 'PALLIATIVE_CARE')),
    label            varchar(300)  not null check (length(trim(label)) > 0),
    rationale        text          not null check (length(trim(rationale)) > 0 and length(rationale) <= 4000),
    evidence_level   varchar(40),
    trial_id         varchar(30),
    trial_arm        varchar(200),
    trial_sites      varchar(500),
    -- The engine's option and rank this came from; null for options the panel added.
    engine_option_id varchar(100),
    engine_rank      integer,
    unique (advice_id, position)
);

create function refuse_change_of_issued_advice() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'ISSUED' then
        raise exception 'issued advice is immutable' using errcode = 'insufficient_privilege';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger advice_issued_is_immutable
    before update or delete on advice
    for each row execute function refuse_change_of_issued_advice();

create function refuse_change_of_issued_advice_option() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from advice a where a.status = 'ISSUED'
               and a.id = (case when tg_op = 'INSERT' then new.advice_id else old.advice_id end)) then
        raise exception 'issued advice is immutable' using errcode = 'insufficient_privilege';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger advice_option_of_issued_is_immutable
    before insert or update or delete on advice_option
    for each row execute function refuse_change_of_issued_advice_option();
