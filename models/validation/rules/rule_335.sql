-- 335: for a child adopted (an episode ending with REC E11 or E12), the adoption by the former
-- foster carer (AD1 FOSTER_CARE) must agree with the placement that ended in the adoption:
-- FOSTER_CARE 0 with PLACE A2, A3 or A5 (placed with their foster carer), or FOSTER_CARE 1 with
-- PLACE A1, A4 or A6, fails. The AD1 record and the episode are reported. (The reference
-- validator also accepts REC E1, a code the return no longer has.)
with

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

adoption_episodes as (

    {{ adoption_episodes(ref('ssda903__episodes')) }}

)

{{ paired_failures(
    '335',
    {'cte': 'ad1', 'table': 'ad1', 'values': {'FOSTER_CARE': 'foster_care'}},
    {'cte': 'adoption_episodes', 'table': 'episodes',
        'values': {'PLACE': 'place', 'REC': 'rec'}},
    condition="(adoption_episodes.place in ('A2', 'A3', 'A5') and ad1.foster_care = '0')"
        ~ " or (adoption_episodes.place in ('A1', 'A4', 'A6') and ad1.foster_care = '1')"
) }}
