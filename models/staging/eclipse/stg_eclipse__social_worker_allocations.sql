-- Social worker allocations (CDM contract): SOCIAL_WORKER allocations of kept persons (IROs
-- and other allocation types are left out), the reason mapped; open ends may be 9999-12-31.
with

allocations as (

    {{ cms_person_rows(
        'eclipse', 'workerallocationpersonview', 'base_eclipse__persons', 'personid',
        'person_id'
    ) }}

)

select
    allocations.la_code,
    allocations.child_id,
    {{ clean_text('allocations.workerid') }} as worker_id,
    {{ cms_date('allocations.startdate') }} as started_on,
    {{ cms_date('allocations.enddate') }} as ended_on,
    reason.code as reason_code
from allocations
{{ cms_coded_join('reason', 'eclipse', 'allocations', 'allocationreasoncode') }}
where {{ clean_code('allocations.allocationtype') }} = 'SOCIAL_WORKER'
