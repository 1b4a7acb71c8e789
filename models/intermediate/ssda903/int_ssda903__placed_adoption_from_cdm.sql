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
            {{ cdm_key_join('periods_in_year', 'decisions') }}
            -- made within the period of care
            and periods_in_year.started_on <= decisions.decided_on
            and (
                periods_in_year.ended_on is null
                or periods_in_year.ended_on >= decisions.decided_on
            )
            -- made by 31 March and not reversed before 1 April
            and {{ ssda903_overlaps_year(
                'decisions', 'periods_in_year', start_column='decided_on', end_column='reversed_on'
            ) }}

),

placed_adoption as (

    select
        in_year.la_code,
        in_year.collection_year,
        in_year.child_id as child,
        {{ ssda903_date('people.born_on', 'dob') }},
        {{ ssda903_date('in_year.decided_on', 'date_placed') }},
        {{ ssda903_date(
            'in_year.reversed_on', 'date_placed_ceased',
            when='in_year.reversed_on <= in_year.year_end'
        ) }},
        case when in_year.reversed_on <= in_year.year_end then in_year.reversal_reason_code end
            as reason_placed_ceased,
        {{ ssda903_derived_source() }}
    from in_year
    left join people
        on {{ cdm_key_join('in_year', 'people') }}

)

select * from placed_adoption
