-- 578: a child cannot start to be missing after ceasing to be looked after: a Missing record
-- whose start date (MIS_START, parsed) falls in no period of care of the child (on or after its
-- start, and on or before its end unless it is still open) fails when it comes after the end of
-- a period of care that has ended. A start before every period of care is 581's query, not
-- this one. Dates that do not parse are not compared.
with

missing as (

    select * from {{ ref('ssda903__missing') }}
    where mis_start is not null

),

periods as (

    select * from {{ ref('int_validation__periods_of_care') }}

),

failing as (

    select * from missing as missing_rows
    where
        exists (
            select 1 from periods
            where
                periods.la_code = missing_rows.la_code
                and periods.collection_year = missing_rows.collection_year
                and periods.child = missing_rows.child
                and not periods.is_open
                and missing_rows.mis_start > periods.period_end
        )
        and not exists (
            select 1 from periods
            where
                periods.la_code = missing_rows.la_code
                and periods.collection_year = missing_rows.collection_year
                and periods.child = missing_rows.child
                and missing_rows.mis_start >= periods.period_start
                and (periods.is_open or missing_rows.mis_start <= periods.period_end)
        )

)

select
    {{ rule_failures(
        '578', 'Missing', locator='mis_start_text', values={'MIS_START': 'mis_start_text'}
    ) }}
from failing
