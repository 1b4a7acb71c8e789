-- The Missing table derived from the common data model for each derived collection year: every
-- missing or away-from-placement episode overlapping the year, for children looked after in it.
-- MIS_END is blank when the child came back after 31 March (or has not yet).
with

children as (

    select * from {{ ref('int_ssda903__children_in_year_from_cdm') }}
    where is_looked_after

),

missing_episodes as (

    select * from {{ ref('int_cdm__missing_episodes') }}

),

missing as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        children.born_on as dob,
        {{ format_dmy_date('children.born_on') }} as dob_text,
        missing_episodes.missing_type_code as missing,
        missing_episodes.started_on as mis_start,
        {{ format_dmy_date('missing_episodes.started_on') }} as mis_start_text,
        case
            when missing_episodes.ended_on <= children.year_end then missing_episodes.ended_on
        end as mis_end,
        case
            when missing_episodes.ended_on <= children.year_end
                then {{ format_dmy_date('missing_episodes.ended_on') }}
        end as mis_end_text,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from children
    inner join missing_episodes
        on
            children.la_code = missing_episodes.la_code
            and children.source_system = missing_episodes.source_system
            and children.child_id = missing_episodes.child_id
            and children.year_end >= missing_episodes.started_on
            and (
                missing_episodes.ended_on is null
                or children.year_start <= missing_episodes.ended_on
            )

)

select * from missing
