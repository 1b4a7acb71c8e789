-- 383: after a temporary placement (T0-T4) the child returns to the usual placement: the
-- episode after the temporary one must be a change of placement and carer (RNE P) back to
-- the placement type of the episode before it and, from 2025-26, to the same placement
-- postcode. Episodes are taken in order of start date; blanks compare equal to blanks.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(place, 1) over child_order as temporary_place,
        lag(place, 2) over child_order as usual_place,
        lag(pl_post, 2) over child_order as usual_pl_post,
        row_number() over child_order as position_in_child
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        position_in_child >= 3
        and temporary_place in ('T0', 'T1', 'T2', 'T3', 'T4')
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
            'PREVIOUS_PLACE': 'temporary_place', 'PLACE_BEFORE_THAT': 'usual_place'
        }
    ) }}
from failing
