-- 304: the date UASC status ceased must be on or before the child's 18th birthday (date of
-- birth as given in the UASC table). Rows where either date does not parse are skipped.
{{ single_table_rule('304', 'uasc',
    where="duc > " ~ dbt.dateadd('year', 18, 'dob'),
    values={'DOB': 'dob_text', 'DUC': 'duc_text'}) }}
