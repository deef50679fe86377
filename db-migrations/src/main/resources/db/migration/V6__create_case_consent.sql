-- Consent for pseudonymised international discussion and for the registry (product.md step 3, domain.md 7.4).
-- One row per recorded consent form; the newest row is the one in force. A withdrawal is written once onto it.
create table case_consent (
    id                     bigint generated always as identity primary key,
    case_id                bigint       not null references board_case (id),
    consent_date           date         not null,
    form_version           varchar(100) not null,
    signed_by_patient      boolean      not null,
    signed_by_parent       boolean      not null,
    child_assent           boolean      not null,
    discussion             boolean      not null,
    registry               boolean      not null,
    recorded_at            timestamptz  not null,
    recorded_by            varchar(100) not null,
    withdrawn_on           date,
    withdrawal_scope       varchar(10) check (withdrawal_scope in ('ALL', 'REGISTRY')),
    withdrawal_recorded_at timestamptz,
    withdrawal_recorded_by varchar(100),
    check (signed_by_patient or signed_by_parent),
    check (discussion or registry),
    check ((withdrawn_on is null) = (withdrawal_scope is null))
);

create index case_consent_case on case_consent (case_id, id);
