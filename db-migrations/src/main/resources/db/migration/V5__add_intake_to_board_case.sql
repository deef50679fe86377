-- The complete case of the intake form (product.md step 1), its relapse risk group computed at submission,
-- and the repeating rows: treatment history, molecular lesions, immunophenotype markers, drug responses.
alter table board_case
    add column refractory                 boolean not null default false,
    add column age_at_diagnosis_years     integer check (age_at_diagnosis_years between 0 and 24),
    add column diagnosis_date             date,
    add column frontline_end_date         date,
    add column relapse_date               date,
    add column relapse_site               varchar(30) check (relapse_site in ('ISOLATED_MARROW', 'COMBINED',
        'ISOLATED_EXTRAMEDULLARY')),
    add column extramedullary_site        varchar(500),
    add column marrow_blasts_percent      double precision check (marrow_blasts_percent between 0 and 100),
    add column mrd_fraction               double precision check (mrd_fraction between 0 and 1),
    add column mrd_below_limit            boolean not null default false,
    add column mrd_method                 varchar(500),
    add column mrd_end_of_induction       double precision check (mrd_end_of_induction between 0 and 1),
    add column end_of_induction_marrow    varchar(2) check (end_of_induction_marrow in ('M1', 'M2', 'M3')),
    add column intent                     varchar(30) check (intent in ('BRIDGE_TO_HSCT', 'BRIDGE_TO_CAR_T',
        'CURATIVE_TRIAL_SEEKING', 'PALLIATIVE')),
    add column performance_scale          varchar(10) check (performance_scale in ('LANSKY', 'KARNOFSKY')),
    add column performance_status         integer check (performance_status between 0 and 100),
    add column no_standard_of_care        boolean not null default false,
    add column no_standard_of_care_reason varchar(500),
    -- BCL2, BCLXL, MCL1 from baseline BH3 profiling, comma-separated.
    add column bh3_dependencies           varchar(100) not null default '',
    add column risk_timing                varchar(20),
    add column risk_bfm_group             varchar(4),
    add column risk_nct05827549_group     varchar(4),
    add column risk_explanation           text,
    add column risk_assessed_at           timestamptz;

create table case_treatment_line (
    case_id           bigint       not null references board_case (id),
    position          integer      not null,
    kind              varchar(20)  not null check (kind in ('CHEMOTHERAPY', 'TARGETED', 'IMMUNOTHERAPY', 'HSCT', 'CAR_T')),
    -- Lower-case INNs, comma-separated.
    agents            varchar(1000) not null,
    start_date        date,
    end_date          date check (end_date is null or start_date is null or end_date >= start_date),
    best_response     varchar(30),
    target_antigen    varchar(20),
    severe_toxicities varchar(500) not null,
    primary key (case_id, position)
);

create table case_lesion (
    case_id        bigint       not null references board_case (id),
    position       integer      not null,
    type           varchar(30)  not null,
    gene           varchar(40)  not null,
    partner        varchar(40),
    protein_change varchar(100),
    vaf            double precision check (vaf between 0 and 1),
    germline       boolean      not null,
    assay          varchar(500),
    primary key (case_id, position)
);

create table case_marker (
    case_id          bigint           not null references board_case (id),
    position         integer          not null,
    marker           varchar(40)      not null,
    percent_positive double precision not null check (percent_positive between 0 and 100),
    sites_per_cell   double precision check (sites_per_cell >= 0),
    method           varchar(500),
    sample_date      date,
    sample           varchar(500),
    primary key (case_id, position)
);

create table case_drug_response (
    case_id    bigint       not null references board_case (id),
    position   integer      not null,
    drug       varchar(100) not null,
    assay      varchar(20)  not null,
    metric     varchar(40),
    value      double precision,
    unit       varchar(40),
    percentile double precision check (percentile between 0 and 100),
    call       varchar(20)  not null,
    qc_passed  boolean      not null,
    primary key (case_id, position)
);

-- What the board office asks the centre to clarify, and similar messages that come with a transition.
alter table case_status_change add column note text check (length(note) <= 4000);
