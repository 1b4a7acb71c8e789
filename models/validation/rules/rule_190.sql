-- 190: a child outside the OC2 cohort (not looked after continuously for 12 months at
-- 31 March, int_validation__cohorts; a child with no episode in the year included) has any of
-- the twelve-month items given: CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK,
-- HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED.
{{ cohort_rule('190', 'oc2',
    where=any_given('oc2', oc2_twelve_month_items())
        ~ " and not coalesce(cohort.continuously_looked_after_12_months, false)",
    values=labelled(oc2_twelve_month_items())) }}
