-- Cases, their pseudonym counters and their append-only lifecycle history.
create table pseudonym_sequence (
    centre_id  bigint  not null references centre (id),
    year       integer not null,
    last_value integer not null,
    primary key (centre_id, year)
);

create table board_case (
    id                bigint generated always as identity primary key,
    -- Random, unguessable identifier for URLs and the API.
    public_id         uuid         not null unique,
    pseudonym         varchar(20)  not null unique,
    centre_id         bigint       not null references centre (id),
    status            varchar(40)  not null check (status in ('DRAFT', 'SUBMITTED', 'CONSENT_VERIFIED',
        'RETURNED_FOR_CLARIFICATION', 'SCHEDULED', 'DISCUSSED', 'ADVICE_ISSUED', 'FOLLOW_UP', 'CLOSED',
        'CONSENT_WITHDRAWN')),
    -- Optimistic locking: every change increments it.
    version           bigint       not null,
    diagnosis         varchar(20),
    relapse_number    integer check (relapse_number between 0 and 9),
    age_years         integer check (age_years between 0 and 24),
    age_months        integer check (age_months between 0 and 11),
    question_to_board text check (length(question_to_board) <= 4000),
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null
);

create index board_case_centre_status on board_case (centre_id, status);
create index board_case_status on board_case (status);

create table case_status_change (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references board_case (id),
    from_status varchar(40),
    to_status   varchar(40)  not null,
    action      varchar(40),
    occurred_at timestamptz  not null,
    actor       varchar(100) not null
);

create index case_status_change_case on case_status_change (case_id, id);
