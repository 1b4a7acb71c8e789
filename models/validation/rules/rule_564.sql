-- 564: a missing (M) or away (A) incident has its start date.
{{ single_table_rule('564', 'missing',
    where="missing in ('M', 'A') and mis_start_text is null",
    values={'MISSING': 'missing', 'MIS_START': 'mis_start_text'}) }}
