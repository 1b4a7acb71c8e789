-- CDM home addresses from LCS DIM_PERSON_ADDRESS: type HOME only (correspondence addresses
-- left out).

with

addresses as (

    {{ cms_person_rows('lcs', 'dim_person_address', 'base_lcs__persons', 'dim_person_id') }}

)

select
    addresses.la_code,
    addresses.child_id,
    {{ clean_postcode('addresses.postcode') }} as postcode,
    {{ cms_date('addresses.start_dttm') }} as valid_from,
    {{ cms_date('addresses.end_dttm') }} as valid_to
from addresses
where {{ clean_code('addresses.addss_type_code') }} = 'HOME'
