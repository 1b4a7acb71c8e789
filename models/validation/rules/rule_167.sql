-- 167: a review must have a valid participation code (PN0-PN7 in the year's code list); a row
-- with neither a review date nor a code is left to rule 166, and a code given without a
-- review date is reported.
with

reviews as (

    select * from {{ ref('ssda903__reviews') }}

),

participation_codes as (

    select
        collection_year,
        code
    from {{ ref('ssda903_code_lists') }}
    where table_name = 'reviews' and field = 'REVIEW_CODE'

),

checked as (

    select
        reviews.*,
        participation_codes.code as listed_code
    from reviews
    left join participation_codes
        on
            reviews.collection_year = participation_codes.collection_year
            and reviews.review_code = participation_codes.code

),

failing as (

    select * from checked
    where
        not (review_text is null and review_code is null)
        and (review_text is null or listed_code is null)

)

select
    {{ rule_failures(
        '167', 'Reviews', locator='review_text',
        values={'REVIEW': 'review_text', 'REVIEW_CODE': 'review_code'}
    ) }}
from failing
