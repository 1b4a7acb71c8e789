-- age_in_years() counts completed years (birthdays), not calendar-year boundaries: on the
-- birthday itself the age goes up, the day before it does not; a 29 February birthday turns
-- on 1 March in other years; ages at collection_start() and collection_end() of a collection
-- year as the rules take them. One row per case where the macro is wrong.
{{ config(severity='error') }}

with

on_dates as (

    select
        on_dates.date_of_birth,
        on_dates.on_date,
        on_dates.expected_age
    from (
        values
        ('2010-06-15', '2024-06-15', 14),
        ('2010-06-15', '2024-06-14', 13),
        ('2010-12-31', '2011-01-01', 0),
        ('2010-12-31', '2010-12-31', 0),
        ('2010-01-01', '2024-12-31', 14),
        ('2008-02-29', '2024-02-29', 16),
        ('2008-02-29', '2024-02-28', 15),
        ('2008-02-29', '2026-02-28', 17),
        ('2008-02-29', '2026-03-01', 18)
    ) as on_dates (date_of_birth, on_date, expected_age)

),

date_errors as (

    select
        date_of_birth,
        on_date,
        expected_age,
        {{ age_in_years(
            'cast(date_of_birth as date)', 'cast(on_date as date)'
        ) }} as actual_age
    from on_dates

),

collection_years as (

    select
        collection_years.date_of_birth,
        collection_years.collection_year,
        collection_years.expected_at_start,
        collection_years.expected_at_end
    from (
        values
        ('2010-06-15', '2024-25', 13, 14),
        ('2010-03-31', '2024-25', 14, 15),
        ('2010-04-01', '2024-25', 14, 14),
        ('2008-02-29', '2025-26', 17, 18),
        ('2008-04-01', '2025-26', 17, 17),
        ('2008-03-31', '2025-26', 17, 18)
    ) as collection_years (date_of_birth, collection_year, expected_at_start, expected_at_end)

),

collection_year_errors as (

    select
        *,
        {{ age_in_years('cast(date_of_birth as date)', collection_start()) }} as actual_at_start,
        {{ age_in_years('cast(date_of_birth as date)', collection_end()) }} as actual_at_end
    from collection_years

),

failures as (

    select
        date_of_birth,
        on_date as on_what,
        expected_age,
        actual_age
    from date_errors
    where actual_age is distinct from expected_age

    union all

    select
        date_of_birth,
        concat('start of ', collection_year) as on_what,
        expected_at_start as expected_age,
        actual_at_start as actual_age
    from collection_year_errors
    where actual_at_start is distinct from expected_at_start

    union all

    select
        date_of_birth,
        concat('end of ', collection_year) as on_what,
        expected_at_end as expected_age,
        actual_at_end as actual_age
    from collection_year_errors
    where actual_at_end is distinct from expected_at_end

)

select * from failures
