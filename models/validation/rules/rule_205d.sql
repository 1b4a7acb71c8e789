-- 205D: a child who is UASC this year (UASC status 1) and is in last year's Header must have been
-- UASC there too; a status other than 1 last year fails. Reported in the Header.
{{ header_previous_year_rule('205D',
    where="uasc_status = '1' and coalesce(last_uasc_status, '') <> '1'",
    values={'UASC': 'uasc_status', 'UASC_LAST': 'last_uasc_status'}) }}
