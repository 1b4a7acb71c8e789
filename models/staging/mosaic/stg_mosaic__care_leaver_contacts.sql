-- Care-leaver contacts (CDM contract): DM_FORMER_LOOKED_AFTER, the in-touch, activity and
-- accommodation values mapped to DfE codes through the LA's mapping table.
with

source as (

    {{ cms_person_rows('mosaic', 'dm_former_looked_after', 'base_mosaic__persons', 'person_id') }}

),

mapping_groups as (

    select * from {{ ref('base_mosaic__mapping_groups') }}

),

contacts as (

    select
        source.la_code,
        source.child_id,
        {{ cms_date('source.contact_date') }} as contacted_on,
        nullif(trim(source.in_touch), '') as in_touch_local,
        nullif(trim(source.main_activity), '') as activity_local,
        nullif(trim(source.accommodation), '') as accommodation_local
    from source

)

select
    contacts.la_code,
    contacts.child_id,
    contacts.contacted_on,
    coalesce(in_touch.category_value, contacts.in_touch_local) as in_touch_code,
    coalesce(activity.category_value, contacts.activity_local) as activity_code,
    coalesce(accommodation.category_value, contacts.accommodation_local) as accommodation_code
from contacts
left join mapping_groups as in_touch
    on
        contacts.la_code = in_touch.la_code
        and in_touch.group_name = 'SSDA903 IN TOUCH TYPE'
        and upper(contacts.in_touch_local) = in_touch.mapped_value
left join mapping_groups as activity
    on
        contacts.la_code = activity.la_code
        and activity.group_name = 'SSDA903 ACTIVITY TYPE'
        and upper(contacts.activity_local) = activity.mapped_value
left join mapping_groups as accommodation
    on
        contacts.la_code = accommodation.la_code
        and accommodation.group_name = 'SSDA903 ACCOMMODATION TYPE'
        and upper(contacts.accommodation_local) = accommodation.mapped_value
