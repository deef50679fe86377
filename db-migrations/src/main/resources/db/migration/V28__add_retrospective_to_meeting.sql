-- A meeting held before the board used this system, registered by the board office with the cases it discussed
-- (issue 13): it lies in the past, and its cases were registered after its cut-off.
alter table meeting
    add column retrospective boolean not null default false;
