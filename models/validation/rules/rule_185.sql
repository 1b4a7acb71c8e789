-- 185: an SDQ score is given (SDQ_SCORE not blank) for a child outside the OC2 cohort: not
-- looked after continuously for 12 months at 31 March (int_validation__cohorts), including a
-- child with no episode in the year.
{{ cohort_rule('185', 'oc2',
    where="oc2.sdq_score is not null and not coalesce(cohort.continuously_looked_after_12_months, false)",
    values={'SDQ_SCORE': 'sdq_score'}) }}
