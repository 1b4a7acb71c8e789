-- Legal statuses (CDM contract): one row per legal-status record, mapped to the DfE code through
-- the LA's mapping table. Contiguous identical records are passed through (the CDM merges them).
with

source as (

    {{ cms_person_rows('mosaic', 'dm_legal_statuses', 'base_mosaic__persons', 'person_id') }}

),

mapping_groups as (

    select * from {{ ref('base_mosaic__mapping_groups') }}

),

statuses as (

    select
        source.la_code,
        source.child_id,
        nullif(trim(source.legal_status), '') as legal_status_local,
        {{ cms_date('source.start_date') }} as started_on,
        {{ cms_date('source.end_date') }} as ended_on
    from source

)

select
    statuses.la_code,
    statuses.child_id,
    coalesce(legal_status.category_value, statuses.legal_status_local) as legal_status_code,
    statuses.started_on,
    statuses.ended_on
from statuses
left join mapping_groups as legal_status
    on
        statuses.la_code = legal_status.la_code
        and legal_status.group_name = 'SSDA903 LEGAL STATUS'
        and upper(statuses.legal_status_local) = legal_status.mapped_value
