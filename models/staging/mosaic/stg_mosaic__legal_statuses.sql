-- Legal statuses (CDM contract): one row per legal-status record, mapped to the DfE code through
-- the LA's mapping table. Contiguous identical records are passed through (the CDM merges them).
with

statuses as (

    {{ cms_person_rows('mosaic', 'dm_legal_statuses', 'base_mosaic__persons', 'person_id') }}

)

select
    statuses.la_code,
    statuses.child_id,
    legal_status.code as legal_status_code,
    {{ cms_date('statuses.start_date') }} as started_on,
    {{ cms_date('statuses.end_date') }} as ended_on
from statuses
{{ cms_coded_join('legal_status', 'mosaic', 'statuses', 'legal_status') }}
