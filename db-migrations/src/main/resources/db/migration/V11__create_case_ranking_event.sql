-- The actionable events of each stored ranking as rows, for the registry's analyses and exports: reading them out
-- of the ranking documents each time costs seconds on a large registry. The ranking document stays the record.
create table case_ranking_event (
    ranking_id         bigint       not null references case_ranking (id),
    rank               integer      not null,
    event_id           varchar(100) not null,
    name               varchar(300) not null,
    tier               integer      not null,
    best_evidence      varchar(40),
    -- No open, matching trial offered any of the event's options.
    without_open_trial boolean      not null,
    primary key (ranking_id, rank)
);

insert into case_ranking_event (ranking_id, rank, event_id, name, tier, best_evidence, without_open_trial)
select r.id, cast(ev ->> 'rank' as integer), ev ->> 'eventId', ev ->> 'name', cast(ev ->> 'tier' as integer),
       ev -> 'bestEvidence' ->> 'dnpm',
       not exists (select 1 from jsonb_array_elements(r.result -> 'options') o
                   where jsonb_array_length(o -> 'trials') > 0 and jsonb_exists(ev -> 'options', o ->> 'optionId'))
from case_ranking r, jsonb_array_elements(r.result -> 'events') ev;

create trigger case_ranking_event_append_only
    before update or delete on case_ranking_event
    for each row execute function refuse_change_of_append_only_table();
