-- The Missing table derived from the common data model for each derived collection year: every
-- missing or away-from-placement episode overlapping the year, for children looked after in it.
-- MIS_END is blank when the child came back after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after') }}

),

missing_episodes as (

    select * from {{ ref('int_cdm__missing_episodes') }}

),

missing as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        {{ ssda903_date('children.born_on', 'dob') }},
        missing_episodes.missing_type_code as missing,
        {{ ssda903_date('missing_episodes.started_on', 'mis_start') }},
        {{ ssda903_date(
            'missing_episodes.ended_on', 'mis_end',
            when='missing_episodes.ended_on <= children.year_end'
        ) }},
        {{ ssda903_derived_source() }}
    from children
    inner join missing_episodes
        on
            {{ cdm_key_join('children', 'missing_episodes') }}
            and {{ ssda903_overlaps_year('missing_episodes', 'children') }}

)

select * from missing
