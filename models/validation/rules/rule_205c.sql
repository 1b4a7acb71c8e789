-- 205C: a child who is not UASC this year (UASC status 0 or blank) and was not UASC last year
-- (status 0 or blank, or not in last year's return) must not have a date UASC ceased in this
-- year's or last year's UASC record. Reported in the Header and, where the child has one, in
-- this year's UASC table.
{{ uasc_previous_year_rule('205C',
    where="coalesce(uasc_status, '0') = '0' and coalesce(last_uasc_status, '0') = '0'"
        ~ " and (duc_text is not null or last_duc_text is not null)",
    values={'UASC': 'uasc_status', 'DUC_LAST': 'last_duc_text'},
    in_both_years=false) }}
