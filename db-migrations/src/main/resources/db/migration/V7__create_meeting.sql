-- Board meetings, their members and agendas, the ranking the board saw for each case, and comments
-- (product.md steps 5 and 6).
create table meeting (
    id                bigint generated always as identity primary key,
    public_id         uuid         not null unique,
    title             varchar(200) not null check (length(trim(title)) > 0),
    -- The start as an instant, and the zone it was planned in (shown to members in that zone).
    starts_at         timestamptz  not null,
    time_zone         varchar(60)  not null,
    duration_minutes  integer      not null check (duration_minutes between 15 and 600),
    submission_cutoff date         not null,
    chair             varchar(100) not null references account (username),
    -- Optimistic locking: every change of the meeting, its agenda or its attendance increments it.
    version           bigint       not null,
    agenda_sent_at    timestamptz,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null
);

create index meeting_starts on meeting (starts_at);

create table meeting_member (
    meeting_id bigint       not null references meeting (id) on delete cascade,
    username   varchar(100) not null references account (username),
    -- Attendance as recorded during the meeting; null until recorded.
    attended   boolean,
    primary key (meeting_id, username)
);

-- What the engine said about a case at one moment, kept so that what the board saw can be shown years later.
create table case_ranking (
    id                     bigint generated always as identity primary key,
    case_id                bigint       not null references board_case (id),
    engine_version         varchar(20)  not null,
    knowledge_base_version varchar(40)  not null,
    knowledge_base_hash    varchar(64)  not null,
    assessment_date        date         not null,
    result                 jsonb        not null,
    ranked_at              timestamptz  not null
);

create index case_ranking_case on case_ranking (case_id, id);

create table agenda_item (
    id               bigint generated always as identity primary key,
    meeting_id       bigint       not null references meeting (id),
    case_id          bigint       not null references board_case (id),
    position         integer      not null check (position > 0),
    minutes          integer      not null check (minutes between 1 and 120),
    ranking_id       bigint       not null references case_ranking (id),
    discussion_notes text check (length(discussion_notes) <= 20000),
    -- Optimistic locking of the notes, which several people may edit during the meeting.
    notes_version    bigint       not null default 0,
    notes_updated_by varchar(100),
    notes_updated_at timestamptz,
    unique (meeting_id, case_id),
    unique (meeting_id, position) deferrable initially deferred
);

-- A case is on at most one agenda that has not yet discussed it.
create index agenda_item_case on agenda_item (case_id);

-- Members' comments before and during the meeting; append-only.
create table case_comment (
    id         bigint generated always as identity primary key,
    case_id    bigint       not null references board_case (id),
    meeting_id bigint       references meeting (id),
    author     varchar(100) not null,
    body       text         not null check (length(trim(body)) > 0 and length(body) <= 4000),
    created_at timestamptz  not null
);

create index case_comment_case on case_comment (case_id, id);

create trigger case_ranking_append_only
    before update or delete on case_ranking
    for each row execute function refuse_change_of_append_only_table();
create trigger case_comment_append_only
    before update or delete on case_comment
    for each row execute function refuse_change_of_append_only_table();
