-- The UASC table derived from the common data model for each derived collection year: children
-- with an unaccompanied-asylum-seeker status who are looked after in the year, including those
-- also in its OC3 cohort (rule 1014 refuses UASC information only for a care leaver who was not
-- looked after). DUC is the date the status ceased (the 18th birthday).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after') }}

),

uasc_statuses as (

    select
        uasc_statuses.*,
        row_number() over (
            partition by {{ cdm_key('uasc_statuses') }}
            order by uasc_statuses.started_on desc nulls last, uasc_statuses.ended_on desc
        ) as recency
    from {{ ref('int_cdm__uasc_statuses') }} as uasc_statuses

),

sex_codes as (

    {{ ssda903_sex_code_lists() }}

),

uasc as (

    select
        {{ ssda903_child_columns('children', sex_uses_letters='sex_codes.uses_letters') }},
        {{ ssda903_date('uasc_statuses.ended_on', 'duc') }},
        {{ ssda903_derived_source() }}
    from children
    inner join uasc_statuses
        on
            {{ cdm_key_join('children', 'uasc_statuses') }}
            and uasc_statuses.recency = 1
    left join sex_codes on children.collection_year = sex_codes.collection_year

)

select * from uasc
