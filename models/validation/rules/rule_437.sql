-- 437: an episode that ended because the child died (E2) or turned 18 and care ended (E15)
-- cannot be followed by another episode of the same child. Episodes are taken in order of
-- start date (undated ones last); an undated E2/E15 episode is left to the date rules.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        row_number() over child_order as position_in_child,
        count(*) over (partition by la_code, collection_year, child) as child_episodes
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select * from sequenced
    where
        rec in ('E2', 'E15')
        and decom is not null
        and position_in_child < child_episodes

)

select
    {{ rule_failures(
        '437', 'Episodes', locator='decom_text', values={'REC': 'rec'}
    ) }}
from failing
