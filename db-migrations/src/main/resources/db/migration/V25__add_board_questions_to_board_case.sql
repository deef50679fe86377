-- What the centre asks the board besides its own words (core.intake.BoardQuestion): whether the standard relapse
-- protocol fits the patient, targeted options, trials, consolidation, further diagnostics. Names, comma-separated,
-- as the other lists of the intake.
alter table board_case
    add column board_questions varchar(120) not null default '';
