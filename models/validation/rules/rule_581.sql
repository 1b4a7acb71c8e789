-- 581: a child cannot be missing before starting to be looked after: a Missing record whose start
-- date (MIS_START, parsed) is earlier than the start (DECOM) of every dated episode of the child
-- in the return fails. Children with no dated episode, and dates that do not parse, are not
-- judged.
with

missing as (

    select * from {{ ref('ssda903__missing') }}
    where mis_start is not null

),

first_start as (

    select
        la_code,
        collection_year,
        child,
        min(period_start) as care_start
    from {{ ref('int_validation__periods_of_care') }}
    group by la_code, collection_year, child

),

failing as (

    select missing.* from missing
    inner join first_start
        on
            missing.la_code = first_start.la_code
            and missing.collection_year = first_start.collection_year
            and missing.child = first_start.child
    where missing.mis_start < first_start.care_start

)

select
    {{ rule_failures(
        '581', 'Missing', locator='mis_start_text', values={'MIS_START': 'mis_start_text'}
    ) }}
from failing
