-- 383: after a temporary placement (T0-T4) the child returns to the usual placement: the episode
-- after the temporary one must be a change of placement and carer (RNE P) back to the placement
-- type of the episode before it and, from 2025-26, to the same placement postcode. Episodes are
-- taken in order of start date; blanks compare equal to blanks. The reference validator treats two
-- blank postcodes as different; DfE asks for the same postcode.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

-- The usual placement is the one before the temporary one: two episodes back.
sequenced as (

    select
        *,
        lag(previous_place) over child_order as usual_place,
        lag(previous_pl_post) over child_order as usual_pl_post
    from episodes
    window child_order as (partition by la_code, collection_year, child order by episode_number)

),

failing as (

    select * from sequenced
    where
        episode_number >= 3
        and previous_place in ('T0', 'T1', 'T2', 'T3', 'T4')
        and (
            coalesce(rne, '') != 'P'
            or coalesce(place, '') != coalesce(usual_place, '')
            or (
                collection_year >= '2025-26'
                and coalesce(pl_post, '') != coalesce(usual_pl_post, '')
            )
        )

)

select
    {{ rule_failures(
        '383', 'Episodes', locator='decom_text',
        values={
            'RNE': 'rne', 'PLACE': 'place', 'PL_POST': 'pl_post',
            'PREVIOUS_PLACE': 'previous_place', 'PLACE_BEFORE_THAT': 'usual_place'
        }
    ) }}
from failing
