-- Person identifiers (CDM contract): UPN and UPN-unknown reasons from the person references,
-- the reference type mapped to the contract's identifier type (local_code_map seed).
with

source as (

    {{ cms_person_rows('mosaic', 'dm_person_references', 'base_mosaic__persons', 'person_id') }}

),

refs as (

    select
        source.la_code,
        source.child_id,
        source.reference_type,
        upper(nullif(trim(source.reference_value), '')) as identifier_value,
        {{ cms_date('source.start_date') }} as valid_from,
        {{ cms_date('source.end_date') }} as valid_to
    from source

)

select
    refs.la_code,
    refs.child_id,
    {{ local_code('idt', 'refs.reference_type') }} as identifier_type,
    refs.identifier_value,
    refs.valid_from,
    refs.valid_to
from refs
{{ local_code_joins('idt', 'mosaic', 'identifier_type', 'refs.reference_type', 'refs.la_code') }}
