-- 198: a reason for no SDQ score is given (SDQ_REASON not blank) for a child outside the OC2
-- cohort: not looked after continuously for 12 months at 31 March (int_validation__cohorts),
-- including a child with no episode in the year.
{{ cohort_rule('198', 'oc2',
    where="oc2.sdq_reason is not null and not coalesce(cohort.continuously_looked_after_12_months, false)",
    values={'SDQ_REASON': 'sdq_reason'}) }}
