-- 399: a child looked after only under legal status V3 or V4 (short breaks: every episode of the
-- year has LS V3 or V4) must have no MOTHER and no reviews: a Header with MOTHER given, or a
-- Reviews record with a review date or participation code given, fails. The child's episodes,
-- Header and each such Reviews record are reported (every Reviews record of the child when
-- MOTHER is given).
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

short_breaks_only as (

    select
        la_code,
        collection_year,
        child
    from episodes
    group by la_code, collection_year, child
    having min(case when ls in ('V3', 'V4') then 1 else 0 end) = 1

),

header as (

    select header_rows.*
    from {{ ref('ssda903__header') }} as header_rows
    inner join short_breaks_only
        on
            header_rows.la_code = short_breaks_only.la_code
            and header_rows.collection_year = short_breaks_only.collection_year
            and header_rows.child = short_breaks_only.child

),

mothers as (

    select distinct
        la_code,
        collection_year,
        child
    from header
    where mother is not null

),

reviews as (

    select
        reviews.*,
        mothers.child is not null as is_mother
    from {{ ref('ssda903__reviews') }} as reviews
    inner join short_breaks_only
        on
            reviews.la_code = short_breaks_only.la_code
            and reviews.collection_year = short_breaks_only.collection_year
            and reviews.child = short_breaks_only.child
    left join mothers
        on
            reviews.la_code = mothers.la_code
            and reviews.collection_year = mothers.collection_year
            and reviews.child = mothers.child

),

failing_reviews as (

    select * from reviews
    where
        is_mother
        or review_text is not null
        or review_code is not null

),

failing_children as (

    select * from mothers

    union

    select
        la_code,
        collection_year,
        child
    from failing_reviews

),

failing_episodes as (

    select episodes.*
    from episodes
    inner join failing_children
        on
            episodes.la_code = failing_children.la_code
            and episodes.collection_year = failing_children.collection_year
            and episodes.child = failing_children.child

),

failing_header as (

    select header.*
    from header
    inner join failing_children
        on
            header.la_code = failing_children.la_code
            and header.collection_year = failing_children.collection_year
            and header.child = failing_children.child

)

select
    {{ rule_failures('399', 'Episodes', locator='decom_text', values={'LS': 'ls'}) }}
from failing_episodes

union all

select
    {{ rule_failures('399', 'Header', values={'MOTHER': 'mother'}) }}
from failing_header

union all

select
    {{ rule_failures(
        '399', 'Reviews', locator='review_text', values={'REVIEW_CODE': 'review_code'}
    ) }}
from failing_reviews
