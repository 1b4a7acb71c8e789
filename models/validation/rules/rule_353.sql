-- 353: no episode starts before 14 October 1991 (the Children Act 1989 came into force). Start
-- dates that are blank or do not parse are left to rule 141.
{{ single_table_rule('353', 'episodes',
    where="decom < cast('1991-10-14' as date)",
    values={'DECOM': 'decom_text'}) }}
