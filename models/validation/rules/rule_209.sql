-- 209: UN1 (no UPN, not of school age) cannot be used for a child who was 4 or older on
-- 31 August of the calendar year before the collection year starts (31/08/2024 for 2025-26).
-- A date of birth that does not parse is left to rule 102.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

dated as (

    select
        *,
        cast(
            concat(
                cast(cast(substr(collection_year, 1, 4) as int) - 1 as {{ dbt.type_string() }}),
                '-08-31'
            ) as date
        ) as school_age_date
    from header

),

failing as (

    select * from dated
    where
        upn = 'UN1'
        and {{ dbt.dateadd('year', 4, 'dob') }} <= school_age_date

)

select
    {{ rule_failures('209', 'Header', values={'UPN': 'upn', 'DOB': 'dob_text'}) }}
from failing
