-- Home addresses (CDM contract): HOME addresses of kept persons, postcodes upper-cased and
-- trimmed; open ends may be 9999-12-31. Other address types are left out.
with

addresses as (

    {{ cms_current_rows('eclipse', 'addresspersonview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    nullif(upper(trim(addresses.postcode)), '') as postcode,
    {{ cms_date('addresses.startdate') }} as valid_from,
    {{ cms_date('addresses.enddate') }} as valid_to
from addresses
inner join persons
    on
        addresses._la_code = persons.la_code
        and trim(addresses.personid) = persons.person_id
where upper(trim(addresses.addresstype)) = 'HOME'
