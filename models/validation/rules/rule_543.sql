-- 543: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) aged 10 or over on 31 March (completed years from the OC2 row's DOB,
-- a 10th birthday on 31 March included) has CONVICTED blank. A DOB that does not parse skips
-- the row.
{{ cohort_rule('543', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " >= 10
        and oc2.convicted is null",
    values={'DOB': 'dob_text', 'CONVICTED': 'convicted'}) }}
