-- 226: for a temporary placement (T0-T4) no reason for placement change is recorded, neither
-- on that episode nor on the episode before it. Episodes are ordered by start date (blank or
-- unparseable start dates last).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(reason_place_change) over (
            partition by la_code, collection_year, child
            order by case when decom is null then 1 else 0 end, decom, _source_row
        ) as previous_reason_place_change
    from episodes

),

failing as (

    select * from sequenced
    where
        place in ('T0', 'T1', 'T2', 'T3', 'T4')
        and (
            reason_place_change is not null
            or previous_reason_place_change is not null
        )

)

select
    {{ rule_failures(
        '226', 'Episodes', locator='decom_text',
        values={
            'PLACE': 'place', 'REASON_PLACE_CHANGE': 'reason_place_change',
            'PREVIOUS_REASON_PLACE_CHANGE': 'previous_reason_place_change'
        }
    ) }}
from failing
