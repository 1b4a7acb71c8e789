{{ config(materialized='table') }}

-- Every Episodes row with DfE's derived placement LA (PL_LA): the DfE code of the upper-tier LA
-- of the placement postcode in the ONS postcode directory, or SCO, WAL, NIR for a placement in
-- Scotland, Wales or Northern Ireland. Null when the postcode is blank or not in the directory
-- (or the directory has not been loaded: `cic reference postcodes`). Rules that need PL_LA read
-- the episode from here, so that landed and derived rows alike need no joining back.
select
    episodes.*,  -- noqa: AM04
    postcodes.la_code as pl_la
from {{ ref('ssda903__episodes') }} as episodes
left join {{ ref('stg_reference__postcodes') }} as postcodes
    on replace(upper(trim(episodes.pl_post)), ' ', '') = postcodes.postcode
