-- Follow-up after advice (product.md step 8): one report per scheduled follow-up, and the reminders sent for overdue
-- ones (each at most once, whatever the number of application nodes).
create table follow_up (
    id                  bigint generated always as identity primary key,
    case_id             bigint       not null references board_case (id),
    due_date            date         not null,
    advice_followed     varchar(10)  not null check (advice_followed in ('YES', 'PARTLY', 'NO')),
    therapy_given       varchar(20)  not null check (therapy_given in ('ADVISED_OPTION', 'OTHER_TRIAL', 'OFF_LABEL',
        'COMPASSIONATE_USE', 'STANDARD', 'NONE')),
    advised_option      integer check (advised_option > 0),
    therapy_start       date,
    reason_code         varchar(30),
    -- Free text: left out of exports unless an administrator includes it.
    reason_text         text check (length(reason_text) <= 2000),
    response_cycle1     varchar(30) check (response_cycle1 in ('MRD_NEGATIVE_CR', 'CR', 'CRI', 'PR', 'NO_RESPONSE',
        'PROGRESSIVE_DISEASE', 'NOT_EVALUABLE')),
    mrd_fraction        double precision check (mrd_fraction between 0 and 1),
    mrd_below_limit     boolean      not null default false,
    hsct                boolean      not null,
    hsct_date           date,
    car_t               boolean      not null,
    car_t_date          date,
    relapse             boolean      not null,
    relapse_date        date,
    alive               boolean      not null,
    death_date          date,
    cause_of_death      varchar(30),
    last_contact        date         not null,
    lost_to_follow_up   boolean      not null,
    reported_at         timestamptz  not null,
    reported_by         varchar(100) not null,
    unique (case_id, due_date),
    check (alive = (death_date is null)),
    check ((therapy_given = 'ADVISED_OPTION') = (advised_option is not null))
);

create index follow_up_case on follow_up (case_id, due_date);

create table follow_up_reminder (
    case_id  bigint      not null references board_case (id),
    due_date date        not null,
    sent_at  timestamptz not null,
    primary key (case_id, due_date)
);
