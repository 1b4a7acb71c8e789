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
    nullif(upper(trim(contacts.dim_lookup_in_touch_code_code)), '') as in_touch_code,
    nullif(upper(trim(contacts.dim_lookup_main_activity_code)), '') as activity_code,
    nullif(upper(trim(contacts.dim_lookup_accommodation_code)), '')
    || coalesce({{ local_code('su', 'contacts.dim_lookup_accommodation_suitable_desc') }}, '')
        as accommodation_code
from contacts
{{ local_code_joins('su', 'lcs', 'accommodation_suitability',
                    'contacts.dim_lookup_accommodation_suitable_desc', 'contacts._la_code') }}
