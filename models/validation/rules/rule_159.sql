-- 159: a child with a substance misuse problem who did not receive an intervention must say
-- whether one was offered.
{{ single_table_rule('159', 'oc2',
    where="substance_misuse = '1' and intervention_received = '0' and intervention_offered is null",
    values={
        'SUBSTANCE_MISUSE': 'substance_misuse',
        'INTERVENTION_RECEIVED': 'intervention_received',
        'INTERVENTION_OFFERED': 'intervention_offered'
    }) }}
