-- CDM social-worker allocations from LCS FACT_INVOLVEMENTS of type CW (allocated social
-- worker; personal advisers left out), the worker's int key resolved to DIM_WORKER.STAFF_ID.

with

involvements as (

    {{ cms_person_rows('lcs', 'fact_involvements', 'base_lcs__persons', 'dim_person_id') }}

),

workers as (

    {{ cms_current_rows('lcs', 'dim_worker') }}

)

select
    involvements.la_code,
    involvements.child_id,
    {{ clean_text('workers.staff_id') }} as worker_id,
    {{ cms_date('involvements.start_dttm') }} as started_on,
    {{ cms_date('involvements.end_dttm') }} as ended_on,
    {{ clean_code('involvements.dim_lookup_involvement_reason_code') }} as reason_code
from involvements
left join workers
    on
        involvements._la_code = workers._la_code
        and {{ trim_spaces('involvements.dim_worker_id') }}
        = {{ trim_spaces('workers.dim_worker_id') }}
where {{ clean_code('involvements.involvement_type_code') }} = 'CW'
