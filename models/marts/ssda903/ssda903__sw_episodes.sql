-- The SWEpisodes table of the return, for every LA and year: one row per row of the LA's
-- current landed file; for an LA and year with no landed 903 file at all (a CMS-fed LA),
-- the rows derived from the common data model. A submitted return always wins.
with

sw_episodes_landed as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        sw_id,
        sw_decom,
        sw_decom_text,
        sw_dec,
        sw_dec_text,
        sw_reason,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__sw_episodes') }}

),

landed_returns as (

    select distinct
        la_code,
        collection_year
    from {{ ref('stg_ssda903__current_loads') }}

),

derived as (

    select derived_rows.*
    from {{ ref('int_ssda903__sw_episodes_from_cdm') }} as derived_rows
    left join landed_returns
        on
            derived_rows.la_code = landed_returns.la_code
            and derived_rows.collection_year = landed_returns.collection_year
    where landed_returns.la_code is null

),

sw_episodes as (

    select
        sw_episodes_landed.la_code,
        sw_episodes_landed.collection_year,
        sw_episodes_landed.child,
        sw_episodes_landed.dob,
        sw_episodes_landed.dob_text,
        sw_episodes_landed.sw_id,
        sw_episodes_landed.sw_decom,
        sw_episodes_landed.sw_decom_text,
        sw_episodes_landed.sw_dec,
        sw_episodes_landed.sw_dec_text,
        sw_episodes_landed.sw_reason,
        sw_episodes_landed._source_file,
        sw_episodes_landed._source_row
    from sw_episodes_landed
    union all
    select
        derived.la_code,
        derived.collection_year,
        derived.child,
        derived.dob,
        derived.dob_text,
        derived.sw_id,
        derived.sw_decom,
        derived.sw_decom_text,
        derived.sw_dec,
        derived.sw_dec_text,
        derived.sw_reason,
        derived._source_file,
        derived._source_row
    from derived

)

select * from sw_episodes
