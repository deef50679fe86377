-- An option's evidence is the engine's typed grade (core.evidence.EvidenceGrade), stored in its DNPM notation:
-- a level and its modifiers, nothing else. "n/a" becomes no grade and comments in brackets ("m3 is (IHC)")
-- are dropped, in drafts only: issued advice is signed and stays as it was (the reader drops such comments).
update advice_option o
set evidence_level = nullif(nullif(btrim(regexp_replace(o.evidence_level, '\s*\([^)]*\)(?<!Z\(FDA\))', '', 'g')),
                                   'n/a'), '')
where o.evidence_level is not null
  and not exists (select 1 from advice a where a.id = o.advice_id and a.status = 'ISSUED');

-- From now on the database refuses what is not a grade; rows of issued advice are not re-checked.
alter table advice_option
    add constraint advice_option_evidence_is_dnpm
    check (evidence_level is null
           or evidence_level ~ '^(m1A|m1B|m1C|m2A|m2B|m2C|m3|m4)( (is|iv|Z|Z\(FDA\)|R))*$') not valid;
