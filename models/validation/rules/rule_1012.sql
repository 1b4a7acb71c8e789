-- 1012: a child with no episode in the collection year (a care leaver reported only for OC3)
-- has no other data: no placement-for-adoption, missing, review, AD1, previous-permanence or
-- OC2 record. Each such record is flagged in its own table.
with

children_with_episodes as (

    select distinct
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__episodes') }}

),

placed_adoption as (

    select * from {{ ref('ssda903__placed_adoption') }}

),

failing_placed_adoption as (

    select placed_adoption.*
    from placed_adoption
    left join children_with_episodes
        on
            placed_adoption.la_code = children_with_episodes.la_code
            and placed_adoption.collection_year = children_with_episodes.collection_year
            and placed_adoption.child = children_with_episodes.child
    where children_with_episodes.child is null

),

missing as (

    select * from {{ ref('ssda903__missing') }}

),

failing_missing as (

    select missing.*
    from missing
    left join children_with_episodes
        on
            missing.la_code = children_with_episodes.la_code
            and missing.collection_year = children_with_episodes.collection_year
            and missing.child = children_with_episodes.child
    where children_with_episodes.child is null

),

reviews as (

    select * from {{ ref('ssda903__reviews') }}

),

failing_reviews as (

    select reviews.*
    from reviews
    left join children_with_episodes
        on
            reviews.la_code = children_with_episodes.la_code
            and reviews.collection_year = children_with_episodes.collection_year
            and reviews.child = children_with_episodes.child
    where children_with_episodes.child is null

),

ad1 as (

    select * from {{ ref('ssda903__ad1') }}

),

failing_ad1 as (

    select ad1.*
    from ad1
    left join children_with_episodes
        on
            ad1.la_code = children_with_episodes.la_code
            and ad1.collection_year = children_with_episodes.collection_year
            and ad1.child = children_with_episodes.child
    where children_with_episodes.child is null

),

prev_perm as (

    select * from {{ ref('ssda903__prev_perm') }}

),

failing_prev_perm as (

    select prev_perm.*
    from prev_perm
    left join children_with_episodes
        on
            prev_perm.la_code = children_with_episodes.la_code
            and prev_perm.collection_year = children_with_episodes.collection_year
            and prev_perm.child = children_with_episodes.child
    where children_with_episodes.child is null

),

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

failing_oc2 as (

    select oc2.*
    from oc2
    left join children_with_episodes
        on
            oc2.la_code = children_with_episodes.la_code
            and oc2.collection_year = children_with_episodes.collection_year
            and oc2.child = children_with_episodes.child
    where children_with_episodes.child is null

)

select
    {{ rule_failures(
        '1012', 'PlacedAdoption', locator='date_placed_text', values={'CHILD': 'child'}
    ) }}
from failing_placed_adoption

union all

select
    {{ rule_failures('1012', 'Missing', locator='mis_start_text', values={'CHILD': 'child'}) }}
from failing_missing

union all

select
    {{ rule_failures('1012', 'Reviews', locator='review_text', values={'CHILD': 'child'}) }}
from failing_reviews

union all

select
    {{ rule_failures('1012', 'AD1', values={'CHILD': 'child'}) }}
from failing_ad1

union all

select
    {{ rule_failures('1012', 'PrevPerm', values={'CHILD': 'child'}) }}
from failing_prev_perm

union all

select
    {{ rule_failures('1012', 'OC2', values={'CHILD': 'child'}) }}
from failing_oc2
