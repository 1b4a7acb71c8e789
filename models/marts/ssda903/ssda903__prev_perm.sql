-- The PrevPerm table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

prev_perm_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        prev_perm,
        la_perm,
        date_perm,
        date_perm_text,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__prev_perm') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__prev_perm_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

prev_perm as (

    select
        prev_perm_landed.la_code,
        prev_perm_landed.collection_year,
        prev_perm_landed.child,
        prev_perm_landed.dob,
        prev_perm_landed.dob_text,
        prev_perm_landed.prev_perm,
        prev_perm_landed.la_perm,
        prev_perm_landed.date_perm,
        prev_perm_landed.date_perm_text,
        prev_perm_landed._source_file,
        prev_perm_landed._source_row
    from prev_perm_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.prev_perm,
        derived.la_perm,
        derived.date_perm,
        derived.date_perm_text,
        derived._source_file,
        derived._source_row
    from derived

)

select * from prev_perm
