-- 566: an incident with an end date says whether the child was missing or away (MISSING).
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing as (

    select * from missing
    where
        mis_end_text is not null
        and missing is null

)

select
    {{ rule_failures(
        '566', 'Missing', locator='mis_start_text',
        values={'MISSING': 'missing', 'MIS_END': 'mis_end_text'}
    ) }}
from failing
