-- The SWEpisodes table (from 2023-24) derived from the common data model for each derived
-- collection year: every social worker allocation overlapping the year, for children with a
-- period of care in it that is not a short break. SW_DEC is blank when the allocation ended
-- after 31 March (or has not yet).
with

years as (

    {{ ssda903_derived_year_rows('2023-24') }}

),

children as (

    select children_in_year.*
    from {{ ref('int_ssda903__children_in_year_from_cdm') }} as children_in_year
    inner join years on children_in_year.collection_year = years.collection_year
    where children_in_year.has_care_period

),

allocations as (

    select * from {{ ref('int_cdm__social_worker_allocations') }}

),

sw_episodes as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        children.born_on as dob,
        {{ format_dmy_date('children.born_on') }} as dob_text,
        allocations.worker_id as sw_id,
        allocations.started_on as sw_decom,
        {{ format_dmy_date('allocations.started_on') }} as sw_decom_text,
        case when allocations.ended_on <= children.year_end then allocations.ended_on end as sw_dec,
        case
            when allocations.ended_on <= children.year_end
                then {{ format_dmy_date('allocations.ended_on') }}
        end as sw_dec_text,
        allocations.reason_code as sw_reason,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from children
    inner join allocations
        on
            children.la_code = allocations.la_code
            and children.source_system = allocations.source_system
            and children.child_id = allocations.child_id
            and children.year_end >= allocations.started_on
            and (allocations.ended_on is null or children.year_start <= allocations.ended_on)

)

select * from sw_episodes
