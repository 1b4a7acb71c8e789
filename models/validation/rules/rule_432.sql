-- 432: when the previous episode ended the period of care (any valid reason for ceasing
-- other than X1), the next episode must start a new one (RNE S). Episodes are taken in
-- order of start date.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

ceasing_reasons as (

    select
        collection_year,
        code
    from {{ ref('ssda903_code_lists') }}
    where
        table_name = 'episodes'
        and field = 'REC'
        and code != 'X1'

),

sequenced as (

    select
        *,
        lag(rec) over child_order as previous_rec
    from episodes
    window child_order as (
        partition by la_code, collection_year, child
        order by decom asc nulls last, _source_file asc, _source_row asc
    )

),

failing as (

    select sequenced.* from sequenced
    inner join ceasing_reasons
        on
            sequenced.collection_year = ceasing_reasons.collection_year
            and sequenced.previous_rec = ceasing_reasons.code
    where coalesce(sequenced.rne, '') != 'S'

)

select
    {{ rule_failures(
        '432', 'Episodes', locator='decom_text',
        values={'RNE': 'rne', 'PREVIOUS_REC': 'previous_rec'}
    ) }}
from failing
