-- 157: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) who is aged 4 or over on 1 April and 16 or under on 31 March (ages
-- in completed years from the OC2 row's DOB, as rule 186's "under 17 at the end of the year")
-- has no SDQ score and SDQ1 ("too young or too old") as the reason for none. A DOB that does
-- not parse skips the row.
{{ cohort_rule('157', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_start('oc2.collection_year')) ~ " >= 4
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " <= 16
        and oc2.sdq_score is null
        and oc2.sdq_reason = 'SDQ1'",
    values={'DOB': 'dob_text', 'SDQ_REASON': 'sdq_reason'}) }}
