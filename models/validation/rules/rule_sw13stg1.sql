-- SW13STG1: a reason for the social worker change, when given, is a valid code of the year's
-- list. A blank reason fails too, except (from 2024-25) on an episode that started before
-- 1 April 2023 or whose start date does not parse (SW04STG1 reports that); in 2023-24 the
-- reason must always be entered.
{{ single_table_rule('SW13STG1', 'sw_episodes', listed_field='SW_REASON',
    where="(sw_reason is not null and listed_code is null)
        or (
            sw_reason is null
            and (collection_year < '2024-25' or sw_decom >= cast('2023-04-01' as date))
        )",
    values={'SW_REASON': 'sw_reason'}) }}
