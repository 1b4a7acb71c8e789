-- SW01bSTG1 (2024-25): every social worker episode has a valid start date, and an episode that
-- started on or after 1 April 2023 also has a social worker id and a reason.
{{ single_table_rule('SW01bSTG1', 'sw_episodes',
    where="sw_decom is null
        or (
            sw_decom >= cast('2023-04-01' as date)
            and (sw_id is null or sw_reason is null)
        )",
    values={'SW_DECOM': 'sw_decom_text', 'SW_ID': 'sw_id', 'SW_REASON': 'sw_reason'}) }}
