-- The PlacedAdoption table derived from the common data model for each derived collection year:
-- every decision that the child should be placed for adoption made within a period of care
-- overlapping the year, made by 31 March and not reversed before 1 April. The date and reason
-- the decision ceased are blank when it was reversed after 31 March (or not at all).
with

periods_in_year as (

    select * from {{ ref('int_ssda903__periods_in_year_from_cdm') }}

),

people as (

    select * from {{ ref('int_cdm__people') }}

),

decisions as (

    select * from {{ ref('int_cdm__adoption_decisions') }}

),

in_year as (

    select distinct
        periods_in_year.la_code,
        periods_in_year.source_system,
        periods_in_year.child_id,
        periods_in_year.collection_year,
        periods_in_year.year_end,
        decisions.decided_on,
        decisions.reversed_on,
        decisions.reversal_reason_code
    from periods_in_year
    inner join decisions
        on
            periods_in_year.la_code = decisions.la_code
            and periods_in_year.source_system = decisions.source_system
            and periods_in_year.child_id = decisions.child_id
            and periods_in_year.started_on <= decisions.decided_on
            and (
                periods_in_year.ended_on is null
                or periods_in_year.ended_on >= decisions.decided_on
            )
            and periods_in_year.year_end >= decisions.decided_on
            and (
                decisions.reversed_on is null
                or periods_in_year.year_start <= decisions.reversed_on
            )

),

placed_adoption as (

    select
        in_year.la_code,
        in_year.collection_year,
        in_year.child_id as child,
        people.born_on as dob,
        {{ format_dmy_date('people.born_on') }} as dob_text,
        in_year.decided_on as date_placed,
        {{ format_dmy_date('in_year.decided_on') }} as date_placed_text,
        case when in_year.reversed_on <= in_year.year_end then in_year.reversed_on end
            as date_placed_ceased,
        case
            when in_year.reversed_on <= in_year.year_end
                then {{ format_dmy_date('in_year.reversed_on') }}
        end as date_placed_ceased_text,
        case when in_year.reversed_on <= in_year.year_end then in_year.reversal_reason_code end
            as reason_placed_ceased,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from in_year
    left join people
        on
            in_year.la_code = people.la_code
            and in_year.source_system = people.source_system
            and in_year.child_id = people.child_id

)

select * from placed_adoption
