{{ config(materialized='table') }}

-- DfE's derived placement LA (PL_LA) of every Episodes row: the DfE code of the upper-tier LA
-- of the placement postcode in the ONS postcode directory, or SCO, WAL, NIR for a placement in
-- Scotland, Wales or Northern Ireland. Null when the postcode is blank or not in the directory
-- (or the directory has not been loaded: `cic reference postcodes`). A row is named by its
-- landed file and row, or, derived from a CMS extract, by its child and DECOM.
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
        episodes._source_file,
        episodes._source_row,
        postcodes.la_code as pl_la
    from episodes
    left join postcodes
        on replace(upper(trim(episodes.pl_post)), ' ', '') = postcodes.postcode

)

select * from placement_la
