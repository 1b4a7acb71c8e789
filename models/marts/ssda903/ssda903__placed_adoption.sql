-- The PlacedAdoption table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

placed_adoption_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        date_placed,
        date_placed_text,
        date_placed_ceased,
        date_placed_ceased_text,
        reason_placed_ceased,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__placed_adoption') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__placed_adoption_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

placed_adoption as (

    select
        placed_adoption_landed.la_code,
        placed_adoption_landed.collection_year,
        placed_adoption_landed.child,
        placed_adoption_landed.dob,
        placed_adoption_landed.dob_text,
        placed_adoption_landed.date_placed,
        placed_adoption_landed.date_placed_text,
        placed_adoption_landed.date_placed_ceased,
        placed_adoption_landed.date_placed_ceased_text,
        placed_adoption_landed.reason_placed_ceased,
        placed_adoption_landed._source_file,
        placed_adoption_landed._source_row
    from placed_adoption_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.date_placed,
        derived.date_placed_text,
        derived.date_placed_ceased,
        derived.date_placed_ceased_text,
        derived.reason_placed_ceased,
        derived._source_file,
        derived._source_row
    from derived

)

select * from placed_adoption
