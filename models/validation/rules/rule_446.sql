-- 446: placement orders (legal status E1) exist from December 2005: an E1 episode cannot
-- start before 1 December 2005. A DECOM that does not parse is left to the date rule.
{{ single_table_rule('446', 'episodes',
    where="ls = 'E1' and decom < cast('2005-12-01' as date)",
    values={'LS': 'ls', 'DECOM': 'decom_text'}) }}
