-- 571: an incident's end date, when given, falls within the collection year (1 April to
-- 31 March).
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where
        mis_end < {{ collection_start() }}
        or mis_end > {{ collection_end() }}

)

select
    {{ rule_failures(
        '571', 'Missing', locator='mis_start_text', values={'MIS_END': 'mis_end_text'}
    ) }}
from failing
