-- The SWEpisodes table (from 2023-24) derived from the common data model for each derived
-- collection year: every social worker allocation overlapping the year, for children with a
-- period of care in it that is not a short break. SW_DEC is blank when the allocation ended
-- after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.has_care_period', first_year='2023-24') }}

),

allocations as (

    select * from {{ ref('int_cdm__social_worker_allocations') }}

),

sw_episodes as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        {{ ssda903_date('children.born_on', 'dob') }},
        allocations.worker_id as sw_id,
        {{ ssda903_date('allocations.started_on', 'sw_decom') }},
        {{ ssda903_date(
            'allocations.ended_on', 'sw_dec', when='allocations.ended_on <= children.year_end'
        ) }},
        allocations.reason_code as sw_reason,
        {{ ssda903_derived_source() }}
    from children
    inner join allocations
        on
            {{ cdm_key_join('children', 'allocations') }}
            and {{ ssda903_overlaps_year('allocations', 'children') }}

)

select * from sw_episodes
