-- SW01STG1 (2023-24): a child looked after on 31 March (an episode with a blank DEC that is not
-- a short break, V3 or V4) needs social worker information: among the child's social worker
-- episodes, at least one gives an SW_ID, one an SW_DECOM and one an SW_REASON. The open episode
-- fails when the child has no social worker episode, or one of the three is blank on every
-- episode. (The reference validator fails such a child for each of its incomplete social worker
-- episodes, even beside a complete one, and reports the episode's row as a SWEpisodes row.)
with

open_episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where
        dec_text is null
        and coalesce(ls, '') not in ('V3', 'V4')

),

children_with_social_worker_information as (

    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__sw_episodes') }}
    group by la_code, collection_year, child
    having
        count(sw_id) > 0
        and count(sw_decom_text) > 0
        and count(sw_reason) > 0

),

failing as (

    select * from open_episodes
    where not exists (
            select 1 from children_with_social_worker_information as informed
            where {{ same_child('informed', 'open_episodes') }}
        )

)

select
    {{ rule_failures(
        'SW01STG1', 'Episodes', locator='decom_text', values={'LS': 'ls', 'DEC': 'dec_text'}
    ) }}
from failing
