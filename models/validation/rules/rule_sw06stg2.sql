-- SW06STG2: a social worker episode cannot start after the end of the collection year (a start
-- date that does not parse is left to SW04STG1).
{{ single_table_rule('SW06STG2', 'sw_episodes',
    where="sw_decom > " ~ collection_end(),
    values={'SW_DECOM': 'sw_decom_text'}) }}
