-- 336: a child placed for adoption with the current foster carers (A3 or A5) must come from a
-- foster or adoption placement (A3-A6, U1-U6) in the episode immediately before. The child's
-- first episode of the year has no episode before it in the return and is not checked; nor
-- are episodes whose start date is blank or does not parse, which cannot be sequenced.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(place) over child_order as previous_place,
        row_number() over child_order as episode_number
    from episodes
    where decom is not null
    window child_order as (
        partition by la_code, collection_year, child
        order by decom, _source_row
    )

),

failing as (

    select * from sequenced
    where
        place in ('A3', 'A5')
        and episode_number > 1
        and coalesce(previous_place, '') not in (
            'A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'
        )

)

select
    {{ rule_failures(
        '336', 'Episodes', locator='decom_text',
        values={'PLACE': 'place', 'PREVIOUS_PLACE': 'previous_place'}
    ) }}
from failing
