-- The Reviews table derived from the common data model for each derived collection year: every
-- review held in the year of a child looked after in it other than by short breaks alone (a child
-- whose every episode of the year is a short break, LS V3 or V4, has no reviews in the return:
-- rule 399). A child under 4 at the review has participation code PN0.
with

children as (

    {{ ssda903_children_in_year('children_in_year.has_care_period') }}

),

reviews as (

    select
        {{ ssda903_child_columns('children') }},
        {{ ssda903_date('reviews_held.reviewed_on', 'review') }},
        case
            when {{ age_in_years('children.born_on', 'reviews_held.reviewed_on') }} < 4 then 'PN0'
            else reviews_held.participation_code
        end as review_code,
        {{ ssda903_derived_source() }}
    from children
    inner join {{ ref('int_cdm__reviews') }} as reviews_held
        on
            {{ cdm_key_join('children', 'reviews_held') }}
            and reviews_held.reviewed_on between children.year_start and children.year_end

)

select * from reviews
