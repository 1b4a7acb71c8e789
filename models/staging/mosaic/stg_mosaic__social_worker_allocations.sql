-- Social worker allocations (CDM contract): the 'Allocated Social Worker' professional
-- relationships, with the reason the allocation ended (DfE codes).
with

source as (

    {{ cms_current_rows('mosaic', 'dm_professional_relationships') }}

),

persons as (

    select * from {{ ref('base_mosaic__persons') }}

)

select
    source._la_code as la_code,
    persons.child_id,
    nullif(trim(source.worker_id), '') as worker_id,
    {{ cms_date('source.start_date') }} as started_on,
    {{ cms_date('source.end_date') }} as ended_on,
    upper(nullif(trim(source.end_reason), '')) as reason_code
from source
inner join persons
    on source._la_code = persons.la_code and trim(source.person_id) = persons.person_id
where upper(trim(source.relationship_type)) = 'ALLOCATED SOCIAL WORKER'
