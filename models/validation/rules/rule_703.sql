-- 703: a DoLO must not start after the end of the collection year (31 March).
with

dolo as (

    select * from {{ ref('ssda903__dolo') }}

),

failing as (

    select * from dolo
    where dolo_start > {{ collection_end() }}

)

select
    {{ rule_failures(
        '703', 'DoLO', locator='dolo_start_text', values={'DOLO_START': 'dolo_start_text'}
    ) }}
from failing
