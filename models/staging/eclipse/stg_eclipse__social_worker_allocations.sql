-- Social worker allocations (CDM contract): SOCIAL_WORKER allocations of kept persons (IROs
-- and other allocation types are left out), the reason mapped; open ends may be 9999-12-31.
with

allocations as (

    {{ cms_current_rows('eclipse', 'workerallocationpersonview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

social_workers as (

    select
        persons.la_code,
        persons.child_id,
        nullif(trim(allocations.workerid), '') as worker_id,
        {{ cms_date('allocations.startdate') }} as started_on,
        {{ cms_date('allocations.enddate') }} as ended_on,
        nullif(trim(allocations.allocationreasoncode), '') as reason_value
    from allocations
    inner join persons
        on
            allocations._la_code = persons.la_code
            and trim(allocations.personid) = persons.person_id
    where upper(trim(allocations.allocationtype)) = 'SOCIAL_WORKER'

)

select
    social_workers.la_code,
    social_workers.child_id,
    social_workers.worker_id,
    social_workers.started_on,
    social_workers.ended_on,
    {{ local_code('sw', 'social_workers.reason_value') }} as reason_code
from social_workers
{{ local_code_joins(
    'sw', 'eclipse', 'sw_reason', 'social_workers.reason_value', 'social_workers.la_code'
) }}
