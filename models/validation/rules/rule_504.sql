-- 504: the category of need stays the same through a period of care: when the previous
-- episode ended X1 on the day this one started, the two must have the same CIN (a blank
-- matches only a blank). Episodes are taken in order of start date.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        lag(rec) over child_order as previous_rec,
        lag(dec) over child_order as previous_dec,
        lag(cin) over child_order as previous_cin
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        previous_rec = 'X1'
        and previous_dec = decom
        and coalesce(cin, '') != coalesce(previous_cin, '')

)

select
    {{ rule_failures(
        '504', 'Episodes', locator='decom_text',
        values={'CIN': 'cin', 'PREVIOUS_CIN': 'previous_cin'}
    ) }}
from failing
