-- The PrevPerm table derived from the common data model for each derived collection year: the
-- permanence before the first period of care that started in the year, for each child with one.
-- DATE_PERM stays as recorded (it may be partly unknown, e.g. ZZ/ZZ/2015); the date column holds
-- it when it is a whole dd/mm/yyyy date.
with

periods_in_year as (

    select * from {{ ref('int_ssda903__periods_in_year_from_cdm') }}

),

people as (

    select * from {{ ref('int_cdm__people') }}

),

permanence as (

    select * from {{ ref('int_cdm__previous_permanence') }}

),

first_starts as (

    select
        periods_in_year.*,
        row_number() over (
            partition by {{ cdm_key('periods_in_year', ['collection_year']) }}
            order by periods_in_year.started_on
        ) as start_number
    from periods_in_year
    where periods_in_year.started_on >= periods_in_year.year_start

),

prev_perm as (

    select
        first_starts.la_code,
        first_starts.collection_year,
        first_starts.child_id as child,
        {{ ssda903_date('people.born_on', 'dob') }},
        permanence.permanence_option_code as prev_perm,
        permanence.permanence_la_code as la_perm,
        {{ parse_dmy_date('permanence.permanence_date_text') }} as date_perm,
        permanence.permanence_date_text as date_perm_text,
        {{ ssda903_derived_source() }}
    from first_starts
    left join permanence
        on {{ cdm_key_join('first_starts', 'permanence', ['period_of_care_id']) }}
    left join people on {{ cdm_key_join('first_starts', 'people') }}
    where first_starts.start_number = 1

)

select * from prev_perm
