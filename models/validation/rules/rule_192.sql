-- 192: a child identified with a substance misuse problem must say whether an intervention was
-- received.
{{ single_table_rule('192', 'oc2',
    where="substance_misuse = '1' and intervention_received is null",
    values={
        'SUBSTANCE_MISUSE': 'substance_misuse',
        'INTERVENTION_RECEIVED': 'intervention_received'
    }) }}
