-- An advice is an ordered list of recommendations; a recommendation is one or more options given together
-- ("high-risk relapse protocol and blinatumomab"). Options with the same number are one recommendation.
-- Null keeps what every option was before: a recommendation of its own, after the option before it. No row is
-- updated, so issued advice stays exactly as it was signed.
alter table advice_option
    add column recommendation integer check (recommendation > 0);

-- Recommendation kinds real boards give that had no type: a named chemotherapy regimen, radiotherapy,
-- intrathecal or CNS-directed therapy, and observation (continue the current therapy).
alter table advice_option drop constraint advice_option_option_type_check;
alter table advice_option
    add constraint advice_option_option_type_check check (option_type in ('TRIAL', 'OFF_LABEL_TARGETED',
        'COMPASSIONATE_USE', 'IMMUNOTHERAPY', 'HSCT', 'CAR_T', 'FURTHER_DIAGNOSTICS', 'STANDARD_RELAPSE_PROTOCOL',
        'PALLIATIVE_CARE', 'CHEMOTHERAPY_REGIMEN', 'RADIOTHERAPY', 'CNS_DIRECTED_THERAPY', 'OBSERVATION'));
