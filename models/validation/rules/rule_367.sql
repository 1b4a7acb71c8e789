-- 367: a child may have at most 75 days of respite care (legal status V3) in the year. Each V3
-- episode is cut to the collection year (an open episode runs to 31 March); a child whose V3
-- episodes add up to more than 75 days has each of those episodes reported. Episodes whose dates do
-- not parse, or that last no days within the year, are not counted. Exactly 75 days passes.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

respite as (

    select
        *,
        case
            when decom < {{ collection_start() }} then {{ collection_start() }}
            else decom
        end as from_day,
        case
            when dec_text is null or dec > {{ collection_end() }} then {{ collection_end() }}
            else dec
        end as to_day
    from episodes
    where ls = 'V3'

),

counted as (

    select
        *,
        {{ dbt.datediff('from_day', 'to_day', 'day') }}
            as respite_days
    from respite

),

with_totals as (

    select
        *,
        sum(respite_days) over (partition by la_code, collection_year, child) as year_days
    from counted
    where respite_days > 0

),

failing as (

    select * from with_totals
    where year_days > 75

)

select
    {{ rule_failures(
        '367', 'Episodes', locator='decom_text',
        values={
            'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text', 'DAYS_IN_YEAR': 'year_days'
        }
    ) }}
from failing
