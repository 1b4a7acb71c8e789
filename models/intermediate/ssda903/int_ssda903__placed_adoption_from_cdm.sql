-- The PlacedAdoption table derived from the common data model for each derived collection year:
-- every decision that the child should be placed for adoption made within a period of care
-- overlapping the year, made by 31 March and not reversed before 1 April. The date and reason
-- the decision ceased are blank when it was reversed after 31 March (or not at all).
with

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
    from {{ ref('int_ssda903__periods_in_year_from_cdm') }} as periods_in_year
    inner join {{ ref('int_cdm__adoption_decisions') }} as decisions
        on
            -- made within the period of care
            periods_in_year.started_on <= decisions.decided_on
            and (
                periods_in_year.ended_on is null
                or periods_in_year.ended_on >= decisions.decided_on
            )
            -- made by 31 March and not reversed before 1 April
            and {{ ssda903_child_record_in_year(
                'periods_in_year', 'decisions', start_column='decided_on', end_column='reversed_on'
            ) }}

),

placed_adoption as (

    select
        {{ ssda903_child_columns('in_year', born_on='people.born_on') }},
        {{ ssda903_date('in_year.decided_on', 'date_placed') }},
        {{ ssda903_date(
            'in_year.reversed_on', 'date_placed_ceased',
            when='in_year.reversed_on <= in_year.year_end'
        ) }},
        case when in_year.reversed_on <= in_year.year_end then in_year.reversal_reason_code end
            as reason_placed_ceased,
        {{ ssda903_derived_source() }}
    from in_year
    left join {{ ref('int_cdm__people') }} as people on {{ cdm_key_join('in_year', 'people') }}

)

select * from placed_adoption
