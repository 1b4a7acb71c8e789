-- Social worker allocations (CDM contract): the 'Allocated Social Worker' professional
-- relationships, with the reason the allocation ended (DfE codes).
with

source as (

    {{ cms_person_rows(
        'mosaic', 'dm_professional_relationships', 'base_mosaic__persons', 'person_id'
    ) }}

)

select
    source.la_code,
    source.child_id,
    {{ clean_text('source.worker_id') }} as worker_id,
    {{ cms_date('source.start_date') }} as started_on,
    {{ cms_date('source.end_date') }} as ended_on,
    {{ clean_code('source.end_reason') }} as reason_code
from source
where {{ clean_code('source.relationship_type') }} = 'ALLOCATED SOCIAL WORKER'
