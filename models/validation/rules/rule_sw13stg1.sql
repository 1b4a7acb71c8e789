-- SW13STG1 (definition of 2024-25): a reason for the social worker change, when given, is a
-- valid code of the year's list; it may be blank only for an episode that started before
-- 1 April 2023 (or whose start date does not parse, which SW04STG1 reports).
{{ single_table_rule('SW13STG1', 'sw_episodes', listed_field='SW_REASON',
    where="(sw_reason is not null and listed_code is null)
        or (sw_reason is null and sw_decom >= cast('2023-04-01' as date))",
    values={'SW_REASON': 'sw_reason'}) }}
