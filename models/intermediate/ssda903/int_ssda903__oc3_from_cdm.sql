-- The OC3 table derived from the common data model for each derived collection year: one row per
-- care leaver in the year's cohort (see int_ssda903__care_leavers_from_cdm), with the contact
-- recorded in the year (the latest, if more than one).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_care_leaver') }}

),

contacts_in_year as (

    select
        children.la_code,
        children.source_system,
        children.child_id,
        children.collection_year,
        contacts.in_touch_code,
        contacts.activity_code,
        contacts.accommodation_code,
        row_number() over (
            partition by {{ cdm_key('children', ['collection_year']) }}
            order by contacts.contacted_on desc
        ) as recency
    from children
    inner join {{ ref('int_cdm__care_leaver_contacts') }} as contacts
        on
            {{ cdm_key_join('children', 'contacts') }}
            and contacts.contacted_on between children.year_start and children.year_end

),

oc3 as (

    select
        {{ ssda903_child_columns('children') }},
        contacts_in_year.in_touch_code as in_touch,
        contacts_in_year.activity_code as activ,
        contacts_in_year.accommodation_code as accom,
        {{ ssda903_derived_source() }}
    from children
    left join contacts_in_year
        on
            {{ cdm_key_join('children', 'contacts_in_year', ['collection_year']) }}
            and contacts_in_year.recency = 1

)

select * from oc3
