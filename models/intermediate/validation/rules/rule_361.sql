-- 361: police protection (legal status L1) lasts at most 72 hours (Children Act 1989).
-- Consecutive L1 episodes, each ceasing on the day the next begins, are one spell, measured
-- from its first start date to its last end date (an open episode, or one whose end date does
-- not parse, ends on 31 March); a spell longer than 3 days flags each of its episodes.
-- Episodes are ordered by start date.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        coalesce(dec, {{ collection_end() }}) as ended,
        lag(ls) over child_order as previous_ls,
        lag(coalesce(dec, {{ collection_end() }})) over child_order as previous_ended
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by case when decom is null then 1 else 0 end, decom, _source_row
    )

),

spells as (

    select
        *,
        sum(
            case
                when ls = previous_ls and previous_ended = decom then 0
                else 1
            end
        ) over (
            partition by la_code, collection_year, child
            order by case when decom is null then 1 else 0 end, decom, _source_row
            rows between unbounded preceding and current row
        ) as spell_number
    from sequenced

),

measured as (

    select
        *,
        min(decom) over spell as spell_start,
        max(ended) over spell as spell_end
    from spells
    where ls = 'L1'
    window spell as (partition by la_code, collection_year, child, spell_number)

),

failing as (

    select * from measured
    where
        {{ dbt.datediff('spell_start', 'spell_end', 'day') }}
        > 3

)

select
    {{ rule_failures(
        '361', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
