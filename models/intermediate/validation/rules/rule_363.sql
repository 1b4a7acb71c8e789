-- 363: a child assessment order (legal status L3) lasts at most 7 days (Children Act 1989).
-- The child's L3 episodes with a valid start date are taken in start-date order; one that
-- begins no later than the previous L3 episode ended continues the same spell. A spell whose
-- episodes last more than 7 days in all flags each of its episodes. An open episode ends on
-- 31 March; an end date that does not parse adds nothing to the spell.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

sequenced as (

    select
        *,
        case when dec_text is null then {{ collection_end() }} else dec end as ended,
        lag(case when dec_text is null then {{ collection_end() }} else dec end) over (
            partition by la_code, collection_year, child
            order by decom, _source_row
        ) as previous_ended,
        row_number() over (
            partition by la_code, collection_year, child
            order by decom, _source_row
        ) as episode_number
    from episodes
    where
        ls = 'L3'
        and decom is not null

),

spells as (

    select
        *,
        sum(
            case
                when episode_number = 1 or decom > previous_ended then 1
                else 0
            end
        ) over (
            partition by la_code, collection_year, child
            order by decom, _source_row
            rows between unbounded preceding and current row
        ) as spell_number
    from sequenced

),

measured as (

    select
        *,
        sum({{ dbt.datediff('decom', 'ended', 'day') }}) over (
            partition by la_code, collection_year, child, spell_number
        ) as spell_days
    from spells

),

failing as (

    select * from measured
    where spell_days > 7

)

select
    {{ rule_failures(
        '363', 'Episodes', locator='decom_text',
        values={'LS': 'ls', 'DECOM': 'decom_text', 'DEC': 'dec_text'}
    ) }}
from failing
