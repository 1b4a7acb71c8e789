-- Home addresses (CDM contract): the children's addresses with their postcodes.
with

source as (

    {{ cms_person_rows('mosaic', 'dm_addresses', 'base_mosaic__persons', 'person_id') }}

)

select
    source.la_code,
    source.child_id,
    {{ clean_postcode('source.postcode') }} as postcode,
    {{ cms_date('source.start_date') }} as valid_from,
    {{ cms_date('source.end_date') }} as valid_to
from source
