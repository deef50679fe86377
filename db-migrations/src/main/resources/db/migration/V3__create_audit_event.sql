-- The audit trail: who read or changed which case, and every export. It outlives consent withdrawal.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(40)  not null,
    case_id     bigint references board_case (id),
    -- Never patient data: states, actions, scopes, counts.
    detail      varchar(500)
);

create index audit_event_case on audit_event (case_id, occurred_at);
create index audit_event_occurred on audit_event (occurred_at);

-- History and audit are append-only, whatever the application does.
create function refuse_change_of_append_only_table() returns trigger
    language plpgsql as
$$
begin
    raise exception 'table % is append-only', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_change_of_append_only_table();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_change_of_append_only_table();

create trigger case_status_change_append_only
    before update or delete on case_status_change
    for each row execute function refuse_change_of_append_only_table();
create trigger case_status_change_no_truncate
    before truncate on case_status_change
    for each statement execute function refuse_change_of_append_only_table();
