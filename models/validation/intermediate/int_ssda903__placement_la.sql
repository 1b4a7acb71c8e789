{{ config(materialized='table') }}

-- Every Episodes row with DfE's derived placement LA (PL_LA): the DfE code of the upper-tier LA
-- of the placement postcode in the ONS postcode directory, or SCO, WAL, NIR for a placement in
-- Scotland, Wales or Northern Ireland. Null when the postcode is blank or not in the directory
-- (or the directory has not been loaded: `cic reference postcodes`). Rules that need PL_LA read
-- the episode from here, so that landed and derived rows alike need no joining back.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

postcodes as (

    select * from {{ ref('stg_reference__postcodes') }}

),

placement_la as (

    select
        episodes.la_code,
        episodes.collection_year,
        episodes.child,
        episodes.decom,
        episodes.decom_text,
        episodes.rne,
        episodes.ls,
        episodes.cin,
        episodes.place,
        episodes.place_provider,
        episodes.dec,
        episodes.dec_text,
        episodes.rec,
        episodes.reason_place_change,
        episodes.home_post,
        episodes.pl_post,
        episodes.urn,
        episodes._source_file,
        episodes._source_row,
        postcodes.la_code as pl_la
    from episodes
    left join postcodes
        on replace(upper(trim(episodes.pl_post)), ' ', '') = postcodes.postcode

)

select * from placement_la
