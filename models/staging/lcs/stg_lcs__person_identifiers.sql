-- CDM person identifiers from LCS FACT_PERSON_UPN: a row holds a UPN or a UPN-unknown reason
-- (NO_UPN_CODE, UN1-UN10); an open row's END_DTTM is blank or a placeholder date.

with

upns as (

    {{ cms_person_rows('lcs', 'fact_person_upn', 'base_lcs__persons', 'dim_person_id') }}

)

select
    upns.la_code,
    upns.child_id,
    case
        when {{ clean_text('upns.upn') }} is not null then 'UPN' else 'UPN_UNKNOWN'
    end as identifier_type,
    coalesce(
        {{ clean_code('upns.upn') }}, {{ clean_code('upns.no_upn_code') }}
    ) as identifier_value,
    {{ cms_date('upns.start_dttm') }} as valid_from,
    {{ cms_date('upns.end_dttm') }} as valid_to
from upns
