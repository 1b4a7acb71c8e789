-- 545: a child in the OC2 cohort (looked after continuously for 12 months at 31 March, as
-- int_validation__cohorts derives it from the year's episodes) who is under 5 on 31 March (age
-- in completed years from the OC2 row's DOB) has the health surveillance item (HEALTH_CHECK)
-- blank. A child with no episodes is not in the cohort; a date of birth that does not parse
-- skips the record.
{{ cohort_rule('545', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " < 5
        and oc2.health_check is null",
    values={'DOB': 'dob_text', 'HEALTH_CHECK': 'health_check'}) }}
