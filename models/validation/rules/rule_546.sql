-- 546: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) aged 5 or over on 31 March (completed years from the OC2 row's DOB)
-- has the health promotion item HEALTH_CHECK given. A DOB that does not parse skips the row.
{{ cohort_rule('546', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " >= 5
        and oc2.health_check is not null",
    values={'DOB': 'dob_text', 'HEALTH_CHECK': 'health_check'}) }}
