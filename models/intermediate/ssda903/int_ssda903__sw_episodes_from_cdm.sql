-- The SWEpisodes table (from 2023-24) derived from the common data model for each derived
-- collection year: every social worker allocation overlapping the year, for children with a
-- period of care in it that is not a short break. SW_DEC is blank when the allocation ended
-- after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.has_care_period', first_year='2023-24') }}

),

sw_episodes as (

    select
        {{ ssda903_child_columns('children') }},
        allocations.worker_id as sw_id,
        {{ ssda903_date('allocations.started_on', 'sw_decom') }},
        {{ ssda903_date(
            'allocations.ended_on', 'sw_dec', when='allocations.ended_on <= children.year_end'
        ) }},
        allocations.reason_code as sw_reason,
        {{ ssda903_derived_source() }}
    from children
    inner join {{ ref('int_cdm__social_worker_allocations') }} as allocations
        on {{ ssda903_child_record_in_year('children', 'allocations') }}

)

select * from sw_episodes
