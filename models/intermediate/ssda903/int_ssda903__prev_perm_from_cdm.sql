-- The PrevPerm table derived from the common data model for each derived collection year: the
-- permanence before the first period of care that started in the year, for each child with one.
-- DATE_PERM stays as recorded (it may be partly unknown, e.g. ZZ/ZZ/2015); the date column holds
-- it when it is a whole dd/mm/yyyy date.
with

first_starts as (

    {{ ssda903_numbered_periods_in_year(
        'start_number', condition='periods_in_year.started_on >= periods_in_year.year_start'
    ) }}

),

prev_perm as (

    select
        {{ ssda903_child_columns('first_starts', born_on='people.born_on') }},
        permanence.permanence_option_code as prev_perm,
        permanence.permanence_la_code as la_perm,
        {{ parse_dmy_date('permanence.permanence_date_text') }} as date_perm,
        permanence.permanence_date_text as date_perm_text,
        {{ ssda903_derived_source() }}
    from first_starts
    left join {{ ref('int_cdm__previous_permanence') }} as permanence
        on {{ cdm_key_join('first_starts', 'permanence', ['period_of_care_id']) }}
    left join {{ ref('int_cdm__people') }} as people
        on {{ cdm_key_join('first_starts', 'people') }}
    where first_starts.start_number = 1

)

select * from prev_perm
