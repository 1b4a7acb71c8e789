-- 331: the date the child was matched with the adopter(s) (AD1 DATE_MATCH) must be on or before
-- the placement for adoption: the start (DECOM) of an episode that ended in the adoption (REC
-- E11 or E12). Both dates must parse. The AD1 record and the episode are reported.
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

adoption_episodes as (

    {{ adoption_episodes(ref('ssda903__episodes')) }}

)

{{ paired_failures(
    '331',
    {'cte': 'ad1', 'table': 'ad1', 'values': {'DATE_MATCH': 'date_match_text'}},
    {'cte': 'adoption_episodes', 'table': 'episodes',
        'values': {'DECOM': 'decom_text', 'REC': 'rec'}},
    condition='ad1.date_match > adoption_episodes.decom'
) }}
