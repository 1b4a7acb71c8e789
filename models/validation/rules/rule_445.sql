-- 445: legal status D1 (freeing order granted) could not be applied for after December 2005,
-- so an episode under D1 that began after 31 December 2005 fails. A DECOM that does not parse
-- cannot be placed and passes (other rules report it).
{{ single_table_rule('445', 'episodes',
    where="ls = 'D1' and decom > cast('2005-12-31' as date)",
    values={'LS': 'ls', 'DECOM': 'decom_text'}) }}
