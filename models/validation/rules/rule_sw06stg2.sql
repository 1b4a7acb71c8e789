-- SW06STG2: a social worker episode cannot start after the end of the collection year (a start
-- date that does not parse is left to SW04STG1).
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

failing as (

    select * from sw_episodes
    where sw_decom > {{ collection_end() }}

)

select
    {{ rule_failures(
        'SW06STG2', 'SWEpisodes', locator='sw_decom_text', values={'SW_DECOM': 'sw_decom_text'}
    ) }}
from failing
