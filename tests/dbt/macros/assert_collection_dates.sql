-- collection_start_year(), collection_start(), collection_end() and previous_collection_year()
-- of a collection year held as text ('2025-26'): its first year, 1 April, 31 March and the year
-- before, across a century boundary and a leap year. One row per year for which any is wrong.
{{ config(severity='error') }}

with

cases as (

    select
        cases.collection_year,
        cases.expected_start_year,
        cases.expected_start,
        cases.expected_end,
        cases.expected_previous
    from (
        values
        ('2024-25', 2024, cast('2024-04-01' as date), cast('2025-03-31' as date), '2023-24'),
        ('2025-26', 2025, cast('2025-04-01' as date), cast('2026-03-31' as date), '2024-25'),
        ('2023-24', 2023, cast('2023-04-01' as date), cast('2024-03-31' as date), '2022-23'),
        ('1999-00', 1999, cast('1999-04-01' as date), cast('2000-03-31' as date), '1998-99'),
        ('2000-01', 2000, cast('2000-04-01' as date), cast('2001-03-31' as date), '1999-00')
    ) as cases (
        collection_year, expected_start_year, expected_start, expected_end, expected_previous
    )

),

computed as (

    select
        *,
        {{ collection_start_year() }} as actual_start_year,
        {{ collection_start() }} as actual_start,
        {{ collection_end() }} as actual_end,
        {{ previous_collection_year() }} as actual_previous
    from cases

)

select * from computed
where
    actual_start_year is distinct from expected_start_year
    or actual_start is distinct from expected_start
    or actual_end is distinct from expected_end
    or actual_previous is distinct from expected_previous
