-- 158: a child recorded as having received an intervention for substance misuse has no
-- answer to whether an intervention was offered (that item is only for those who did not
-- receive one).
{{ single_table_rule('158', 'oc2',
    where="intervention_received = '1' and intervention_offered is not null",
    values={
        'INTERVENTION_RECEIVED': 'intervention_received',
        'INTERVENTION_OFFERED': 'intervention_offered'
    }) }}
