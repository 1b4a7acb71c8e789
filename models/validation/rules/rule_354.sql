-- 354: an episode cannot begin after the end of the collection year (31 March).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where decom > {{ collection_end() }}

)

select
    {{ rule_failures('354', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text'}) }}
from failing
