-- 570: an incident does not start after 31 March of the collection year.
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where mis_start > {{ collection_end() }}

)

select
    {{ rule_failures(
        '570', 'Missing', locator='mis_start_text', values={'MIS_START': 'mis_start_text'}
    ) }}
from failing
