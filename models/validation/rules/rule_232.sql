-- 232 (query): the child's sex is reported as unknown (U).
{{ single_table_rule('232', 'header',
    where="sex = 'U'",
    values={'SEX': 'sex'}) }}
