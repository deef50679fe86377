-- The disease course a relapse board judges beyond the relapse itself (issue 12): relapse on therapy, molecular
-- relapse, the kind of refractoriness, extramedullary sites, karyotype groups, MPAL lineages, earlier relapses and
-- ongoing treatment lines. Enumerations are stored by name, lists comma-separated as elsewhere in the intake.
alter table board_case
    add column relapse_on_therapy   boolean      not null default false,
    add column molecular_relapse    boolean      not null default false,
    add column refractoriness       varchar(10)  check (refractoriness in ('MARROW', 'MRD')),
    add column extramedullary_sites varchar(200) not null default '',
    add column cytogenetics         varchar(200) not null default '',
    add column mpal_lineages        varchar(40)  not null default '';

create table case_earlier_relapse (
    case_id      bigint      not null references board_case (id),
    position     integer     not null,
    relapse_date date,
    site         varchar(30) check (site in ('ISOLATED_MARROW', 'COMBINED', 'ISOLATED_EXTRAMEDULLARY')),
    primary key (case_id, position)
);

alter table case_treatment_line
    add column ongoing boolean not null default false,
    add constraint case_treatment_line_ongoing_without_end check (not ongoing or end_date is null);
