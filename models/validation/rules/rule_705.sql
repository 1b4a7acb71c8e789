-- 705: a DoLO cannot start while the child's previous DoLO is still open. Each child's DoLOs
-- are taken in order of start date; one is reported when the one before it has no valid end
-- date (blank or not a date) or ends after it starts. DoLOs whose start does not parse cannot
-- be placed in the order and are left to rule 700.
with

dolo as (

    select * from {{ ref('ssda903__dolo') }}
    where dolo_start is not null

),

sequenced as (

    select
        *,
        lag(dolo_end) over (
            partition by la_code, collection_year, child
            order by dolo_start, dolo_end nulls last, _source_row
        ) as previous_end,
        lag(dolo_end_text) over (
            partition by la_code, collection_year, child
            order by dolo_start, dolo_end nulls last, _source_row
        ) as previous_end_text,
        row_number() over (
            partition by la_code, collection_year, child
            order by dolo_start, dolo_end nulls last, _source_row
        ) as position_in_child
    from dolo

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
        and (previous_end is null or dolo_start < previous_end)

)

select
    {{ rule_failures(
        '705', 'DoLO', locator='dolo_start_text',
        values={'DOLO_START': 'dolo_start_text', 'PREVIOUS_DOLO_END': 'previous_end_text'}
    ) }}
from failing
