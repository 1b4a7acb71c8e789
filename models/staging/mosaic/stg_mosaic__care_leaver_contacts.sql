-- Care-leaver contacts (CDM contract): DM_FORMER_LOOKED_AFTER, the in-touch, activity and
-- accommodation values mapped to DfE codes through the LA's mapping table.
with

contacts as (

    {{ cms_person_rows('mosaic', 'dm_former_looked_after', 'base_mosaic__persons', 'person_id') }}

)

select
    contacts.la_code,
    contacts.child_id,
    {{ cms_date('contacts.contact_date') }} as contacted_on,
    in_touch.code as in_touch_code,
    activity.code as activity_code,
    accommodation.code as accommodation_code
from contacts
{{ cms_coded_join('in_touch', 'mosaic', 'contacts', 'in_touch') }}
{{ cms_coded_join('activity', 'mosaic', 'contacts', 'main_activity') }}
{{ cms_coded_join('accommodation', 'mosaic', 'contacts', 'accommodation') }}
