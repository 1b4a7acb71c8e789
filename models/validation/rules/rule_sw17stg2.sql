-- SW17STG2: a child's latest social worker episode (by start date; episodes whose start does
-- not parse only when none parses) is open: it has no end date, so one is open at 31 March.
-- When several episodes share the latest start date, an open one among them is enough.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by
                case when sw_decom is null then 1 else 0 end asc,
                sw_decom desc,
                case when sw_dec_text is null then 0 else 1 end asc,
                _source_row asc
        ) as recency
    from sw_episodes

),

failing as (

    select * from ranked
    where
        recency = 1
        and sw_dec_text is not null

)

select
    {{ rule_failures(
        'SW17STG2', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
