-- The AD1 table derived from the common data model for each derived collection year: every
-- adoption whose period of care ended in the year.
with

periods_in_year as (

    select * from {{ ref('int_ssda903__periods_in_year_from_cdm') }}

),

people as (

    select * from {{ ref('int_cdm__people') }}

),

adoptions as (

    select * from {{ ref('int_cdm__adoptions') }}

),

ad1 as (

    select
        periods_in_year.la_code,
        periods_in_year.collection_year,
        periods_in_year.child_id as child,
        {{ ssda903_date('people.born_on', 'dob') }},
        {{ ssda903_date('adoptions.decided_on', 'date_int') }},
        {{ ssda903_date('adoptions.matched_on', 'date_match') }},
        adoptions.fostered_by_adopters as foster_care,
        adoptions.number_of_adopters as nb_adoptr,
        adoptions.adopter_sex_code as sex_adoptr,
        adoptions.adopter_legal_status_code as ls_adoptr,
        {{ ssda903_derived_source() }}
    from periods_in_year
    inner join adoptions
        on {{ cdm_key_join('periods_in_year', 'adoptions', ['period_of_care_id']) }}
    left join people on {{ cdm_key_join('periods_in_year', 'people') }}
    where periods_in_year.ended_on between periods_in_year.year_start and periods_in_year.year_end

)

select * from ad1
