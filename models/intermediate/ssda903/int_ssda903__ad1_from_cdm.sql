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
        people.born_on as dob,
        {{ format_dmy_date('people.born_on') }} as dob_text,
        adoptions.decided_on as date_int,
        {{ format_dmy_date('adoptions.decided_on') }} as date_int_text,
        adoptions.matched_on as date_match,
        {{ format_dmy_date('adoptions.matched_on') }} as date_match_text,
        adoptions.fostered_by_adopters as foster_care,
        adoptions.number_of_adopters as nb_adoptr,
        adoptions.adopter_sex_code as sex_adoptr,
        adoptions.adopter_legal_status_code as ls_adoptr,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from periods_in_year
    inner join adoptions
        on
            periods_in_year.la_code = adoptions.la_code
            and periods_in_year.source_system = adoptions.source_system
            and periods_in_year.child_id = adoptions.child_id
            and periods_in_year.period_of_care_id = adoptions.period_of_care_id
    left join people
        on
            periods_in_year.la_code = people.la_code
            and periods_in_year.source_system = people.source_system
            and periods_in_year.child_id = people.child_id
    where periods_in_year.ended_on between periods_in_year.year_start and periods_in_year.year_end

)

select * from ad1
