-- 186: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) who is aged 4 or over on 1 April and under 17 on 31 March (ages in
-- completed years from the OC2 row's DOB) has neither an SDQ score nor a reason for none
-- (SDQ_SCORE and SDQ_REASON both blank: a reason accounts for a missing score). A DOB that does
-- not parse skips the row.
{{ cohort_rule('186', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_start('oc2.collection_year')) ~ " >= 4
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " < 17
        and oc2.sdq_score is null
        and oc2.sdq_reason is null",
    values={'DOB': 'dob_text', 'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}) }}
