-- Home addresses (CDM contract): HOME addresses of kept persons, postcodes upper-cased and
-- trimmed; open ends may be 9999-12-31. Other address types are left out.
with

addresses as (

    {{ cms_person_rows(
        'eclipse', 'addresspersonview', 'base_eclipse__persons', 'personid', 'person_id'
    ) }}

)

select
    la_code,
    child_id,
    {{ clean_postcode('postcode') }} as postcode,
    {{ cms_date('startdate') }} as valid_from,
    {{ cms_date('enddate') }} as valid_to
from addresses
where {{ clean_code('addresstype') }} = 'HOME'
