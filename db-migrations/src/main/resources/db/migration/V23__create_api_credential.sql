-- API credentials (issue 14): a statistician's script fetches the registry exports with a credential of its own, not
-- with the account's password or a browser session. Only the SHA-256 of the token is stored; the token is shown once.
-- A credential reaches the registry exports only, and is revoked rather than deleted, so the audit trail keeps it.
create table api_credential (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null references account (username),
    label        varchar(100) not null check (length(trim(label)) > 0),
    token_sha256 char(64)     not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_credential_user on api_credential (username, id);
