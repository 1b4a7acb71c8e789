-- Person identifiers (CDM contract): the UPN and UPN-unknown reference numbers of kept persons
-- (other reference types, such as NHS numbers, are left out); open ends may be 9999-12-31.
with

reference_numbers as (

    {{ cms_current_rows('eclipse', 'referencenumberpersonview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    upper(trim(reference_numbers.referencetypecode)) as identifier_type,
    nullif(upper(trim(reference_numbers.referencenumber)), '') as identifier_value,
    {{ cms_date('reference_numbers.startdate') }} as valid_from,
    {{ cms_date('reference_numbers.enddate') }} as valid_to
from reference_numbers
inner join persons
    on
        reference_numbers._la_code = persons.la_code
        and trim(reference_numbers.personid) = persons.person_id
where upper(trim(reference_numbers.referencetypecode)) in ('UPN', 'UPN_UNKNOWN')
