-- 435: an episode with RNE P or T (placement changed, legal status did not) must have the
-- same legal status as the previous episode and a different placement: type, postcode, URN
-- or provider. Episodes are taken in order of start date; blanks compare equal to blanks.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        row_number() over child_order as position_in_child,
        coalesce(ls, '') = coalesce(lag(ls) over child_order, '') as same_legal_status,
        coalesce(place, '') = coalesce(lag(place) over child_order, '')
        and coalesce(pl_post, '') = coalesce(lag(pl_post) over child_order, '')
        and coalesce(urn, '') = coalesce(lag(urn) over child_order, '')
        and coalesce(place_provider, '') = coalesce(lag(place_provider) over child_order, '')
            as same_placement
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
        and rne in ('P', 'T')
        and (not same_legal_status or same_placement)

)

select
    {{ rule_failures(
        '435', 'Episodes', locator='decom_text',
        values={
            'RNE': 'rne', 'LS': 'ls', 'PLACE': 'place', 'PL_POST': 'pl_post',
            'URN': 'urn', 'PLACE_PROVIDER': 'place_provider'
        }
    ) }}
from failing
