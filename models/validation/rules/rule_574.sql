-- 574: a child's missing/away incidents do not overlap, and none starts while an earlier one is
-- still open. The incidents of a child are put in order of end date (an open incident, with no
-- end date, takes its start date), then start date; an incident fails when the one before it in
-- that order is open (no end date, or one that does not parse) or ends after it starts.
with

missing as (

    select * from {{ ref('ssda903__missing') }}

),

ordered as (

    select
        *,
        lag(_source_row) over (
            partition by la_code, collection_year, child
            order by
                coalesce(mis_end, mis_start) asc nulls last,
                mis_start asc nulls last,
                _source_row asc
        ) as previous_row,
        lag(mis_end) over (
            partition by la_code, collection_year, child
            order by
                coalesce(mis_end, mis_start) asc nulls last,
                mis_start asc nulls last,
                _source_row asc
        ) as previous_end
    from missing

),

failing as (

    select * from ordered
    where
        previous_row is not null
        and (previous_end is null or mis_start < previous_end)

)

select
    {{ rule_failures(
        '574', 'Missing', locator='mis_start_text',
        values={'MIS_START': 'mis_start_text', 'MIS_END': 'mis_end_text'}
    ) }}
from failing
