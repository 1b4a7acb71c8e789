-- 182: once any of conviction, health check or the two intervention items is given, the four
-- core OC2 items (immunisations, teeth check, health assessment, substance misuse) must all be
-- given too; otherwise the record's OC2 items are left blank.
{{ single_table_rule('182', 'oc2',
    where="(
            immunisations is null
            or teeth_check is null
            or health_assessment is null
            or substance_misuse is null
        )
        and (
            convicted is not null
            or health_check is not null
            or intervention_received is not null
            or intervention_offered is not null
        )",
    values={
        'IMMUNISATIONS': 'immunisations',
        'TEETH_CHECK': 'teeth_check',
        'HEALTH_ASSESSMENT': 'health_assessment',
        'SUBSTANCE_MISUSE': 'substance_misuse',
        'CONVICTED': 'convicted',
        'HEALTH_CHECK': 'health_check',
        'INTERVENTION_RECEIVED': 'intervention_received',
        'INTERVENTION_OFFERED': 'intervention_offered'
    }) }}
