-- 225: when an episode ends with X1 and the next episode of the child changes placement (RNE
-- P, B, T or U), neither placement being temporary (T0-T4), the ending episode must record the
-- reason for the placement change. Episodes are ordered by start date (blank or unparseable
-- start dates last).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lead(rne) over child_order as next_rne,
        lead(place) over child_order as next_place,
        lead(_source_row) over child_order as next_source_row
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by case when decom is null then 1 else 0 end, decom, _source_row
    )

),

failing as (

    select * from sequenced
    where
        rec = 'X1'
        and reason_place_change is null
        and coalesce(place, '') not in ('T0', 'T1', 'T2', 'T3', 'T4')
        and next_rne in ('P', 'B', 'T', 'U')
        and coalesce(next_place, '') not in ('T0', 'T1', 'T2', 'T3', 'T4')

)

select
    {{ rule_failures(
        '225', 'Episodes', locator='decom_text',
        values={
            'REC': 'rec', 'REASON_PLACE_CHANGE': 'reason_place_change', 'PLACE': 'place',
            'NEXT_RNE': 'next_rne', 'NEXT_PLACE': 'next_place'
        }
    ) }}
from failing
