-- FHIR bulk exports (the Bulk Data pattern): a job is started, polled, and its NDJSON files are written once it is
-- complete, so that no request timeout can cut an export short. Files are kept gzip-compressed in the database, so
-- that any node can serve the status and the files.
create table bulk_export (
    id           uuid         primary key,
    requested_by varchar(100) not null,
    requested_at timestamptz  not null,
    status       varchar(10)  not null check (status in ('RUNNING', 'COMPLETE', 'FAILED')),
    cases        integer,
    completed_at timestamptz
);

create table bulk_export_file (
    export_id     uuid        not null references bulk_export (id),
    resource_type varchar(40) not null,
    resources     integer     not null,
    content       bytea       not null,
    primary key (export_id, resource_type)
);
