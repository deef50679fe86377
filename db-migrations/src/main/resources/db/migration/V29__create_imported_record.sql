-- Records imported from another registry (a REDCap project, a spreadsheet): the source's
-- name and record id identify each, so importing the same file again changes nothing.
create table imported_record (
    id          bigserial primary key,
    source      varchar(100) not null,
    record_id   varchar(100) not null,
    case_id     bigint       not null references board_case (id),
    imported_at timestamptz  not null,
    imported_by varchar(100) not null,
    unique (source, record_id)
);
