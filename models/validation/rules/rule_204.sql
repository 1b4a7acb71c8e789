-- 204: a child in both this year's and last year's Header must have the same ethnic origin code
-- (codes compared upper case, as the marts hold them; blank one year and given the other
-- disagrees).
{{ header_previous_year_rule('204',
    where="coalesce(ethnic, '') <> coalesce(last_ethnic, '')",
    values={'ETHNIC': 'ethnic', 'ETHNIC_LAST': 'last_ethnic'}) }}
