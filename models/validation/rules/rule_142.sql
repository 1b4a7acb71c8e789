-- 142: every episode of a child except the latest must have ended, with a date and a reason.
-- Episodes are ordered by the date they began. An episode whose start date is blank or does not
-- parse still shows that a new episode started: it counts as the latest (so an open episode
-- before it fails), as the reference validator orders it too; 141 reports its date.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

ordered as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom desc nulls first, _source_row desc
        ) as position_from_latest
    from episodes

),

failing as (

    select * from ordered
    where
        position_from_latest > 1
        and (dec is null or rec is null)

)

select
    {{ rule_failures(
        '142', 'Episodes', locator='decom_text', values={'DEC': 'dec_text', 'REC': 'rec'}
    ) }}
from failing
