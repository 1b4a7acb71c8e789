-- 193: the two intervention items are only for a child identified with a substance misuse
-- problem: when SUBSTANCE_MISUSE is 0 or blank, both are blank.
{{ single_table_rule('193', 'oc2',
    where="(substance_misuse is null or substance_misuse = '0')
        and (intervention_received is not null or intervention_offered is not null)",
    values={
        'SUBSTANCE_MISUSE': 'substance_misuse',
        'INTERVENTION_RECEIVED': 'intervention_received',
        'INTERVENTION_OFFERED': 'intervention_offered'
    }) }}
