-- CDM home addresses from LCS DIM_PERSON_ADDRESS: type HOME only (correspondence addresses
-- left out).

with

addresses as (

    {{ cms_current_rows('lcs', 'dim_person_address') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    nullif(upper(trim(addresses.postcode)), '') as postcode,
    {{ cms_date('addresses.start_dttm') }} as valid_from,
    {{ cms_date('addresses.end_dttm') }} as valid_to
from addresses
inner join persons
    on
        addresses._la_code = persons.la_code
        and trim(addresses.dim_person_id) = persons.dim_person_id
where upper(trim(addresses.addss_type_code)) = 'HOME'
