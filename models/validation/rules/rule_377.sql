-- 377: at most two temporary placements for the holiday of the usual foster carer (T3) in
-- the year: a child with more than two has every T3 episode reported.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

holiday_placements as (

    select
        *,
        count(*) over (partition by la_code, collection_year, child) as t3_count
    from episodes
    where place = 'T3'

),

failing as (

    select * from holiday_placements
    where t3_count > 2

)

select
    {{ rule_failures(
        '377', 'Episodes', locator='decom_text', values={'PLACE': 'place', 'T3_COUNT': 't3_count'}
    ) }}
from failing
