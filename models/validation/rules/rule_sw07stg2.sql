-- SW07STG2 (definition of 2024-25): a social worker episode's end date lies between 1 April of
-- the year before the collection year (the social worker reporting period covers two years)
-- and the collection end date. An end date that does not parse is left to SW05STG1.
{{ single_table_rule('SW07STG2', 'sw_episodes',
    where="sw_dec < " ~ dbt.dateadd('year', -1, collection_start()) ~ "
        or sw_dec > " ~ collection_end(),
    values={'SW_DEC': 'sw_dec_text'}) }}
