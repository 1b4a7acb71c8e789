-- 181: each OC2 flag that is given (conviction, health check, immunisations, teeth check,
-- health assessment, substance misuse, intervention received or offered) is 0 or 1. One row
-- per OC2 record, however many of its flags are wrong.
{{ single_table_rule('181', 'oc2',
    where="coalesce(convicted, '0') not in ('0', '1')
        or coalesce(health_check, '0') not in ('0', '1')
        or coalesce(immunisations, '0') not in ('0', '1')
        or coalesce(teeth_check, '0') not in ('0', '1')
        or coalesce(health_assessment, '0') not in ('0', '1')
        or coalesce(substance_misuse, '0') not in ('0', '1')
        or coalesce(intervention_received, '0') not in ('0', '1')
        or coalesce(intervention_offered, '0') not in ('0', '1')",
    values={
        'CONVICTED': 'convicted',
        'HEALTH_CHECK': 'health_check',
        'IMMUNISATIONS': 'immunisations',
        'TEETH_CHECK': 'teeth_check',
        'HEALTH_ASSESSMENT': 'health_assessment',
        'SUBSTANCE_MISUSE': 'substance_misuse',
        'INTERVENTION_RECEIVED': 'intervention_received',
        'INTERVENTION_OFFERED': 'intervention_offered'
    }) }}
