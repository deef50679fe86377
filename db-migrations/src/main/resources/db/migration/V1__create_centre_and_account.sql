-- Centres (national coordinating centres) and the accounts that log in.
create table centre (
    id         bigint generated always as identity primary key,
    code       varchar(3)   not null unique check (code ~ '^[A-Z]{2,3}$'),
    name       varchar(200) not null check (length(trim(name)) > 0),
    country    varchar(2)   not null check (country ~ '^[A-Z]{2}$')
);

create table account (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null unique check (username ~ '^[a-z0-9._-]{3,100}$'),
    password_hash  varchar(200) not null,
    role           varchar(20)  not null
        check (role in ('COORDINATOR', 'PHYSICIAN', 'BOARD_MEMBER', 'CHAIR', 'STATISTICIAN', 'ADMIN')),
    centre_id      bigint references centre (id),
    email          varchar(254),
    enabled        boolean      not null default true,
    -- Lockout after repeated failed logins.
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    -- Coordinators and physicians belong to exactly one centre; board roles to none.
    constraint account_centre_matches_role
        check ((role in ('COORDINATOR', 'PHYSICIAN')) = (centre_id is not null))
);
