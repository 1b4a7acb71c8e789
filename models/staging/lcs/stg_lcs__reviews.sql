-- CDM reviews from LCS FACT_CLA_REVIEW: meetings held (cancelled ones left out).

with

reviews as (

    {{ cms_current_rows('lcs', 'fact_cla_review') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ cms_date('reviews.meeting_dttm') }} as reviewed_on,
    nullif(upper(trim(reviews.dim_lookup_participation_code)), '') as participation_code
from reviews
inner join persons
    on
        reviews._la_code = persons.la_code
        and trim(reviews.dim_person_id) = persons.dim_person_id
where coalesce(upper(trim(reviews.review_cancelled)), '') != 'YES'
