-- 205A: a child who was UASC last year (UASC status 1 in last year's Header) and is not UASC
-- this year must have ceased to be UASC last year: last year's date UASC ceased must be a date
-- within last year's collection year, and no date UASC ceased is given this year. The child is
-- reported in the Header and, where it has one, in this year's UASC table.
{{ uasc_previous_year_rule('205A',
    where="last_uasc_status = '1' and coalesce(uasc_status, '') <> '1' and ("
        ~ "duc_text is not null or last_duc is null"
        ~ " or last_duc < " ~ dbt.dateadd('year', -1, collection_start())
        ~ " or last_duc > " ~ dbt.dateadd('year', -1, collection_end()) ~ ")",
    values={'UASC': 'uasc_status', 'UASC_LAST': 'last_uasc_status', 'DUC_LAST': 'last_duc_text'}) }}
