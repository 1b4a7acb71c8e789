-- 365: a short-term break (legal status V3) lasts at most 17 days. An open episode is measured
-- to the end of the collection year; one whose end date does not parse is not checked.
{{ single_table_rule('365', 'episodes',
    where="ls = 'V3'
        and case when dec_text is null then " ~ collection_end() ~ " else dec end
        > " ~ dbt.dateadd('day', 17, 'decom'),
    values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}) }}
