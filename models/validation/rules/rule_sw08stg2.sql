-- SW08STG2: an episode with no valid end date must be the child's last social worker episode.
-- Episodes are taken in order of start date, then file order; an episode whose start date does
-- not parse cannot be shown to come before any other, so it is taken as coming last (and is
-- not itself reported). An end date that does not parse is not a valid end, as for the start.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

sequenced as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 0 else 1 end asc,
                sw_decom desc,
                _source_row desc
        ) as episodes_from_last
    from sw_episodes

),

failing as (

    select * from sequenced
    where
        episodes_from_last > 1
        and sw_decom is not null
        and sw_dec is null

)

select
    {{ rule_failures(
        'SW08STG2', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
