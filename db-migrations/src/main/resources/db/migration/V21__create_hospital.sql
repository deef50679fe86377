-- A national coordinating centre (NCC) coordinates the treating hospitals of its country (issue 14): the NCC's
-- coordinator submits for all of them; a treating physician sees only the cases of the own hospital. A case without a
-- hospital is treated at the NCC itself, as before this migration.
create table hospital (
    id         bigint generated always as identity primary key,
    code       varchar(14)  not null unique check (code ~ '^[A-Z]{2,3}-[A-Z0-9]{2,10}$'),
    name       varchar(200) not null check (length(trim(name)) > 0),
    centre_id  bigint       not null references centre (id),
    -- Lets a case and an account name the hospital together with its centre, so that the database refuses a hospital
    -- of another country's NCC.
    unique (id, centre_id)
);

alter table board_case add column hospital_id bigint;
alter table board_case add constraint board_case_hospital_of_its_centre
    foreign key (hospital_id, centre_id) references hospital (id, centre_id);
create index board_case_hospital on board_case (hospital_id);

alter table account add column hospital_id bigint;
alter table account add constraint account_hospital_of_its_centre
    foreign key (hospital_id, centre_id) references hospital (id, centre_id);
-- Only a treating physician works at one hospital; the coordinator works for the whole NCC.
alter table account add constraint account_hospital_only_for_physicians
    check (hospital_id is null or role = 'PHYSICIAN');
