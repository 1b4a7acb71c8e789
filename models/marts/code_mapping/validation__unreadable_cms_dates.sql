-- Dates in CMS extracts that cannot be read: one row per council, source system, extract file
-- and date column, with how many rows of the current extract hold a value there that is not a
-- date, and the first such row (stg_landing__unreadable_cms_dates). The derivation reads such a
-- value as no date at all (an end date as still open, a start date as missing), so the return
-- built from the extract is wrong until it is exported again with its dates as the family
-- writes them: ISO, YYYY-MM-DD, with or without a time.
with

unreadable as (

    select
        la_code,
        source_system,
        source_file,
        column_name,
        rows_affected,
        first_row
    from {{ ref('stg_landing__unreadable_cms_dates') }}

)

select * from unreadable
