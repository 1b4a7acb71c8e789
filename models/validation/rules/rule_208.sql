-- 208: a child's UPN must agree with the UPN recorded in last year's Header. Only a UPN given
-- last year can be disagreed with (blank last year passes). A change passes when it is from an
-- unknown code to a known UPN (UN1-UN5 to a UPN), or from UN1 (not of school age) to another
-- unknown code (UN2-UN5); any other change fails, a UPN given last year and blank now included.
{% set unknown = "('UN1', 'UN2', 'UN3', 'UN4', 'UN5')" %}
{{ header_previous_year_rule('208',
    where="last_upn is not null and coalesce(upn, '') <> last_upn"
        ~ " and not (last_upn = 'UN1' and coalesce(upn, '') in ('UN2', 'UN3', 'UN4', 'UN5'))"
        ~ " and not (last_upn in " ~ unknown ~ " and upn is not null and coalesce(upn, '') not in " ~ unknown ~ ")",
    values={'UPN': 'upn', 'UPN_LAST': 'last_upn'}) }}
