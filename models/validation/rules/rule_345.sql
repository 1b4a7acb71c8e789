-- 345: a young person the LA is in touch with (IN_TOUCH YES) has a real activity and
-- accommodation: neither is coded 0.
{{ single_table_rule('345', 'oc3',
    where="in_touch = 'YES' and (activ = '0' or accom = '0')",
    values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}) }}
