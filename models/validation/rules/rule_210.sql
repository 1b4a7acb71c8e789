-- 210: UN4 (UPN not yet known: newly looked after in the last week of the year) may be used only
-- for a child whose care began in the last week: a child with UPN UN4 who is looked after at
-- 31 March (an episode starting on or before it and not ended by it) and whose period of care
-- began before 24 March (looked after for more than a week) fails. The period of care begins at
-- the latest episode starting a new period (RNE S) on or before 31 March, else at the child's
-- earliest episode. The Header and the episode open at 31 March are reported. The reference
-- validator flags the opposite children (known defect un4_last_week).
with

header as (

    select * from {{ ref('ssda903__header') }}
    where upn = 'UN4'

),

episodes as (

    select * from {{ ref('ssda903__episodes') }}
    where decom <= {{ collection_end() }}

),

care_start as (

    select
        la_code,
        collection_year,
        child,
        coalesce(max(case when rne = 'S' then decom end), min(decom)) as period_start
    from episodes
    group by la_code, collection_year, child

),

open_at_year_end as (

    select episodes.*
    from episodes
    inner join care_start
        on
            episodes.la_code = care_start.la_code
            and episodes.collection_year = care_start.collection_year
            and episodes.child = care_start.child
    where
        (episodes.dec is null or episodes.dec > {{ collection_end('episodes.collection_year') }})
        and care_start.period_start
        < {{ dbt.dateadd('day', -7, collection_end('episodes.collection_year')) }}
        and exists (
            select 1 from header
            where
                header.la_code = episodes.la_code
                and header.collection_year = episodes.collection_year
                and header.child = episodes.child
        )

),

failing_header as (

    select * from header
    where
        exists (
            select 1 from open_at_year_end
            where
                open_at_year_end.la_code = header.la_code
                and open_at_year_end.collection_year = header.collection_year
                and open_at_year_end.child = header.child
        )

)

select
    {{ rule_failures('210', 'Header', values={'UPN': 'upn'}) }}
from failing_header

union all

select
    {{ rule_failures(
        '210', 'Episodes', locator='decom_text', values={'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from open_at_year_end
