-- 582: a child adopted (an episode ending with REC E11 or E12) is expected to have been matched
-- with the adopters before the adoption: the episode fails when its DEC is the same date as
-- the child's AD1 DATE_MATCH (both parse).
with

adoption_episodes as (

    {{ adoption_episodes(ref('ssda903__episodes')) }}

),

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

)

{{ paired_failures(
    '582',
    {'cte': 'adoption_episodes', 'table': 'episodes', 'values': {'DEC': 'dec_text', 'REC': 'rec'}},
    {'cte': 'ad1', 'table': 'ad1'},
    condition='adoption_episodes.dec = ad1.date_match',
    report_second=false
) }}
