-- SW01aSTG1 (2024-25): every social worker episode has a valid start date, and an episode that
-- started before 1 April 2023 also has a social worker id (its reason may be blank).
{{ single_table_rule('SW01aSTG1', 'sw_episodes',
    where="sw_decom is null or (sw_decom < cast('2023-04-01' as date) and sw_id is null)",
    values={'SW_DECOM': 'sw_decom_text', 'SW_ID': 'sw_id'}) }}
