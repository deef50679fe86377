-- Written review (issue 14): the board discusses a case without a meeting. The chair opens the review with a deadline
-- and the ranking the members see; members post positions (append-only: a later position of the same member
-- replaces the earlier one in the chair's view, both are kept); the chair closes it and composes the advice.
create table written_review (
    id         bigint generated always as identity primary key,
    case_id    bigint       not null references board_case (id),
    ranking_id bigint       not null references case_ranking (id),
    question   text check (length(question) <= 4000),
    deadline   date         not null,
    opened_by  varchar(100) not null,
    opened_at  timestamptz  not null,
    closed_by  varchar(100),
    closed_at  timestamptz,
    constraint written_review_closed_together check ((closed_by is null) = (closed_at is null)),
    constraint written_review_deadline_after_opening
        check (deadline >= cast(opened_at at time zone 'UTC' as date))
);

-- A case has at most one review open at a time.
create unique index written_review_one_open on written_review (case_id) where closed_at is null;

create table review_position (
    id        bigint generated always as identity primary key,
    review_id bigint       not null references written_review (id),
    member    varchar(100) not null,
    stance    varchar(20)  not null check (stance in ('AGREE_WITH_ENGINE', 'PROPOSE_CHANGE')),
    text      text check (length(text) <= 4000),
    posted_at timestamptz  not null,
    constraint review_position_change_says_what check (stance <> 'PROPOSE_CHANGE' or length(trim(text)) > 0)
);

create index review_position_review on review_position (review_id, id);

create trigger review_position_append_only
    before update or delete on review_position
    for each row execute function refuse_change_of_append_only_table();
