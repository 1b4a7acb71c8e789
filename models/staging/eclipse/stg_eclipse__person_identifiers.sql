-- Person identifiers (CDM contract): the UPN and UPN-unknown reference numbers of kept persons
-- (other reference types, such as NHS numbers, are left out); open ends may be 9999-12-31.
with

reference_numbers as (

    {{ cms_person_rows(
        'eclipse', 'referencenumberpersonview', 'base_eclipse__persons', 'personid', 'person_id'
    ) }}

)

select
    la_code,
    child_id,
    {{ clean_code('referencetypecode') }} as identifier_type,
    {{ clean_code('referencenumber') }} as identifier_value,
    {{ cms_date('startdate') }} as valid_from,
    {{ cms_date('enddate') }} as valid_to
from reference_numbers
where {{ clean_code('referencetypecode') }} in ('UPN', 'UPN_UNKNOWN')
