-- CDM reviews from LCS FACT_CLA_REVIEW: meetings held (cancelled ones, and reviews scheduled
-- whose meeting date is not filled in yet, left out).

with

reviews as (

    {{ cms_person_rows('lcs', 'fact_cla_review', 'base_lcs__persons', 'dim_person_id') }}

)

select
    reviews.la_code,
    reviews.child_id,
    {{ cms_date('reviews.meeting_dttm') }} as reviewed_on,
    {{ clean_code('reviews.dim_lookup_participation_code') }} as participation_code
from reviews
where
    coalesce({{ clean_code('reviews.review_cancelled') }}, '') != 'YES'
    and {{ cms_date('reviews.meeting_dttm') }} is not null
