-- SW01bSTG1 (2024-25): every social worker episode has a valid start date, and an episode that
-- started on or after 1 April 2023 also has a social worker id and a reason.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

failing as (

    select * from sw_episodes
    where
        sw_decom is null
        or (
            sw_decom >= cast('2023-04-01' as date)
            and (sw_id is null or sw_reason is null)
        )

)

select
    {{ rule_failures(
        'SW01bSTG1', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_ID': 'sw_id', 'SW_REASON': 'sw_reason'}
    ) }}
from failing
