-- Person identifiers (CDM contract): UPN and UPN-unknown reasons from the person references,
-- the reference type mapped to the contract's identifier type (local_code_map seed).
with

refs as (

    {{ cms_person_rows('mosaic', 'dm_person_references', 'base_mosaic__persons', 'person_id') }}

)

select
    refs.la_code,
    refs.child_id,
    identifier_type.code as identifier_type,
    {{ clean_code('refs.reference_value') }} as identifier_value,
    {{ cms_date('refs.start_date') }} as valid_from,
    {{ cms_date('refs.end_date') }} as valid_to
from refs
{{ cms_coded_join('identifier_type', 'mosaic', 'refs', 'reference_type') }}
