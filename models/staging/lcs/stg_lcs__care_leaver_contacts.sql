-- CDM care-leaver contacts from LCS FACT_CLA_CARE_LEAVERS: the accommodation code is the LCS
-- code followed by its suitability ('Suitable' 1, 'Unsuitable' 2: local_code_map domain
-- accommodation_suitability).

with

contacts as (

    {{ cms_person_rows('lcs', 'fact_cla_care_leavers', 'base_lcs__persons', 'dim_person_id') }}

)

select
    contacts.la_code,
    contacts.child_id,
    {{ cms_date('contacts.in_touch_dttm') }} as contacted_on,
    {{ clean_code('contacts.dim_lookup_in_touch_code_code') }} as in_touch_code,
    {{ clean_code('contacts.dim_lookup_main_activity_code') }} as activity_code,
    {{ clean_code('contacts.dim_lookup_accommodation_code') }}
    || coalesce(suitability.code, '') as accommodation_code
from contacts
{{ cms_coded_join(
    'suitability', 'lcs', 'contacts', 'dim_lookup_accommodation_suitable_desc'
) }}
