-- 704: a DoLO's end date, where given, must be within the collection year (1 April to
-- 31 March).
with

dolo as (

    select * from {{ ref('ssda903__dolo') }}

),

failing as (

    select * from dolo
    where
        dolo_end < {{ collection_start() }}
        or dolo_end > {{ collection_end() }}

)

select
    {{ rule_failures(
        '704', 'DoLO', locator='dolo_start_text', values={'DOLO_END': 'dolo_end_text'}
    ) }}
from failing
