-- The ONS postcode directory as loaded by `cic reference postcodes`: one row per postcode.
with

source as (

    select * from {{ source('reference_data', 'postcodes') }}

)

select
    postcode,
    la_code,
    ons_code,
    easting,
    northing
from source
