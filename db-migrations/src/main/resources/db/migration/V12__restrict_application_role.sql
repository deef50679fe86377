-- The application connects as board_app, a role that owns nothing: it reads and writes rows, but cannot alter,
-- truncate or disable triggers on any table (only the owner can), cannot set session_replication_role (only a
-- superuser can), and may only insert into the audit trail and the case history. Flyway migrates as the owner.
-- Production: the DBA creates board_app with a password before the first start (see README, "Database roles");
-- where the owner may create roles, this migration creates it without a password.
do
$$
begin
    if not exists (select 1 from pg_roles where rolname = 'board_app') then
        create role board_app login nosuperuser nocreatedb nocreaterole noreplication;
    end if;
    execute format('grant usage on schema %I to board_app', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to board_app', current_schema());
    execute format('grant usage, select on all sequences in schema %I to board_app', current_schema());
    -- Tables of later migrations get the same rights; each migration narrows them where needed.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to board_app',
                   current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to board_app',
                   current_schema());
end;
$$;

-- Append-only for the application, whatever its code does; the triggers of V3, V7 and V11 stay as a second guard.
revoke update, delete, truncate on audit_event, case_status_change, case_ranking, case_comment, case_ranking_event
    from board_app;
revoke insert, update, delete, truncate on flyway_schema_history from board_app;
