-- 197B: a child in the OC2 cohort (looked after continuously for 12 months at 31 March,
-- int_validation__cohorts) whose 4th or 17th birthday falls in the collection year (aged 4 or 17
-- in completed years on 31 March, from the OC2 row's DOB) has neither an SDQ score nor a reason
-- for none. A DOB that does not parse skips the row.
{{ cohort_rule('197B', 'oc2',
    where="cohort.continuously_looked_after_12_months
        and oc2.dob is not null
        and " ~ age_in_years('oc2.dob', collection_end('oc2.collection_year')) ~ " in (4, 17)
        and oc2.sdq_score is null
        and oc2.sdq_reason is null",
    values={'DOB': 'dob_text', 'SDQ_SCORE': 'sdq_score', 'SDQ_REASON': 'sdq_reason'}) }}
