-- The engine's options the panel considered and did not advise, each with the panel's reason (issue 15): the letter
-- lists them under "considered and not advised". Part of the signed advice and as immutable once it is issued.
create table advice_not_advised (
    id               bigint generated always as identity primary key,
    advice_id        bigint        not null references advice (id) on delete cascade,
    position         integer       not null check (position > 0),
    engine_option_id varchar(100)  not null,
    engine_rank      integer       not null check (engine_rank > 0),
    label            varchar(300)  not null check (length(trim(label)) > 0),
    reason           varchar(4000),
    unique (advice_id, position),
    unique (advice_id, engine_option_id)
);

create trigger advice_not_advised_of_issued_is_immutable
    before insert or update or delete on advice_not_advised
    for each row execute function refuse_change_of_issued_advice_option();
