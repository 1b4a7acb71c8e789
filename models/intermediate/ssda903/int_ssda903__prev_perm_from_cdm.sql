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
            partition by
                periods_in_year.la_code,
                periods_in_year.source_system,
                periods_in_year.child_id,
                periods_in_year.collection_year
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
        people.born_on as dob,
        {{ format_dmy_date('people.born_on') }} as dob_text,
        permanence.permanence_option_code as prev_perm,
        permanence.permanence_la_code as la_perm,
        {{ parse_dmy_date('permanence.permanence_date_text') }} as date_perm,
        permanence.permanence_date_text as date_perm_text,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from first_starts
    left join permanence
        on
            first_starts.la_code = permanence.la_code
            and first_starts.source_system = permanence.source_system
            and first_starts.child_id = permanence.child_id
            and first_starts.period_of_care_id = permanence.period_of_care_id
    left join people
        on
            first_starts.la_code = people.la_code
            and first_starts.source_system = people.source_system
            and first_starts.child_id = people.child_id
    where first_starts.start_number = 1

)

select * from prev_perm
