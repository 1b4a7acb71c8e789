-- Home addresses (CDM contract): the children's addresses with their postcodes.
with

source as (

    {{ cms_current_rows('mosaic', 'dm_addresses') }}

),

persons as (

    select * from {{ ref('base_mosaic__persons') }}

)

select
    source._la_code as la_code,
    persons.child_id,
    upper(nullif(trim(source.postcode), '')) as postcode,
    {{ cms_date('source.start_date') }} as valid_from,
    {{ cms_date('source.end_date') }} as valid_to
from source
inner join persons
    on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id
