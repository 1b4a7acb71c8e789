-- SW03STG1 (2023-24): every social worker episode is complete: a social worker id (SW_ID), a
-- start date (SW_DECOM) and a reason (SW_REASON). A blank in any of the three fails; a start
-- date given but not a valid date is another rule's concern.
{{ single_table_rule('SW03STG1', 'sw_episodes',
    where="sw_id is null or sw_decom_text is null or sw_reason is null",
    values={'SW_ID': 'sw_id', 'SW_DECOM': 'sw_decom_text', 'SW_REASON': 'sw_reason'}) }}
