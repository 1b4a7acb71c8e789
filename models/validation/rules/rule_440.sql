-- 440: participation code PN0 (child under 4) is used, but the review is after the child's
-- 4th birthday. Rows where the date of birth or review date does not parse are skipped.
with

reviews as (

    select * from {{ ref('ssda903__reviews') }}

),

failing as (

    select * from reviews
    where
        review_code = 'PN0'
        and review > {{ dbt.dateadd('year', 4, 'dob') }}

)

select
    {{ rule_failures(
        '440', 'Reviews', locator='review_text',
        values={'DOB': 'dob_text', 'REVIEW': 'review_text', 'REVIEW_CODE': 'review_code'}
    ) }}
from failing
