{{ config(materialized='table') }}

-- Every Episodes row with the three fields DfE derives from its postcodes with the ONS postcode
-- directory (reference_data.postcodes, loaded by `cic reference postcodes`):
-- - PL_LA: the DfE code of the upper-tier LA of the placement postcode, or SCO, WAL, NIR for a
--   placement in Scotland, Wales or Northern Ireland;
-- - PL_LOCATION: IN when PL_LA is the responsible LA, else OUT; also OUT for a placement
--   postcode the directory places in an area with no LA of ours (the Channel Islands, the Isle
--   of Man), null when the postcode is blank, unknown or has no area at all;
-- - PL_DISTANCE: the straight-line distance in miles between the home and the placement postcode,
--   from their OS grid references in metres (metres / 1000 / 1.6093), to one decimal place.
-- Postcodes are matched the way the directory keys them: trimmed, upper case, no spaces. A field
-- is null when a postcode it needs is blank or not in the directory, or the directory has not
-- been loaded. home_post_in_directory and pl_post_in_directory say whether each given postcode
-- was found, postcode_directory_loaded whether there was a directory to look in: rules that
-- report a field that could not be derived (169, 179, 392a, 1015) report nothing without it.
-- Rules that need these read the episode from here, so that landed and derived rows alike need
-- no joining back.
with

episodes as (

    select
        *,
        replace(upper(home_post), ' ', '') as home_post_key,
        replace(upper(pl_post), ' ', '') as pl_post_key
    from {{ ref('ssda903__episodes') }}

),

postcodes as (

    select * from {{ ref('stg_reference__postcodes') }}

),

directory as (

    select count(*) > 0 as is_loaded
    from postcodes

),

located as (

    select
        episodes.*,
        directory.is_loaded as postcode_directory_loaded,
        home.postcode is not null as home_post_in_directory,
        placement.postcode is not null as pl_post_in_directory,
        placement.la_code as pl_la,
        case
            when placement.la_code = episodes.la_code then 'IN'
            when placement.ons_code is not null then 'OUT'
        end as pl_location,
        {{ round_double(
            'sqrt(power(home.easting - placement.easting, 2)'
            ~ ' + power(home.northing - placement.northing, 2)) / 1000 / 1.6093',
            1
        ) }} as pl_distance
    from episodes
    cross join directory
    left join postcodes as home
        on episodes.home_post_key = home.postcode
    left join postcodes as placement
        on episodes.pl_post_key = placement.postcode

)

select * from located  -- noqa: AM04
