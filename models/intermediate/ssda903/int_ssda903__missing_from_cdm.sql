-- The Missing table derived from the common data model for each derived collection year: every
-- missing or away-from-placement episode overlapping the year, for children looked after in it.
-- MIS_END is blank when the child came back after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after') }}

),

missing as (

    select
        {{ ssda903_child_columns('children') }},
        missing_episodes.missing_type_code as missing,
        {{ ssda903_date('missing_episodes.started_on', 'mis_start') }},
        {{ ssda903_date(
            'missing_episodes.ended_on', 'mis_end',
            when='missing_episodes.ended_on <= children.year_end'
        ) }},
        {{ ssda903_derived_source() }}
    from children
    inner join {{ ref('int_cdm__missing_episodes') }} as missing_episodes
        on {{ ssda903_child_record_in_year('children', 'missing_episodes') }}

)

select * from missing
