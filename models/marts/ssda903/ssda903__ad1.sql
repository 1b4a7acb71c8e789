-- The AD1 table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

ad1_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        date_int,
        date_int_text,
        date_match,
        date_match_text,
        foster_care,
        nb_adoptr,
        sex_adoptr,
        ls_adoptr,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__ad1') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__ad1_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

ad1 as (

    select
        ad1_landed.la_code,
        ad1_landed.collection_year,
        ad1_landed.child,
        ad1_landed.dob,
        ad1_landed.dob_text,
        ad1_landed.date_int,
        ad1_landed.date_int_text,
        ad1_landed.date_match,
        ad1_landed.date_match_text,
        ad1_landed.foster_care,
        ad1_landed.nb_adoptr,
        ad1_landed.sex_adoptr,
        ad1_landed.ls_adoptr,
        ad1_landed._source_file,
        ad1_landed._source_row
    from ad1_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.date_int,
        derived.date_int_text,
        derived.date_match,
        derived.date_match_text,
        derived.foster_care,
        derived.nb_adoptr,
        derived.sex_adoptr,
        derived.ls_adoptr,
        derived._source_file,
        derived._source_row
    from derived

)

select * from ad1
