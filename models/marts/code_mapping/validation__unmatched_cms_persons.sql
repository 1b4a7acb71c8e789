-- Rows of CMS extracts that name no person of the extract: one row per council, source system,
-- extract file and person column, with how many rows of the current extract name a person the
-- extract's persons file does not hold (or none at all), and the first such row
-- (stg_landing__unmatched_cms_persons). The derivation reaches a record only through its
-- person, so such rows are left out of the return: most often the two files write the same id
-- differently (290908 and 290908.0), or the persons file is cut short.
with

unmatched as (

    select
        la_code,
        source_system,
        source_file,
        column_name,
        rows_affected,
        first_row
    from {{ ref('stg_landing__unmatched_cms_persons') }}

)

select * from unmatched
