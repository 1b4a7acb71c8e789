-- 357: a child's first episode, when it begins in the collection year, must have reason for
-- new episode S (started to be looked after). The first episode is the earliest valid start
-- date in the return; a first episode that began before 1 April continues last year's care.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

ordered as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom, _source_row
        ) as episode_number
    from episodes
    where decom is not null

),

failing as (

    select * from ordered
    where
        episode_number = 1
        and decom >= {{ collection_start() }}
        and coalesce(rne, '') != 'S'

)

select
    {{ rule_failures(
        '357', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text', 'RNE': 'rne'}
    ) }}
from failing
