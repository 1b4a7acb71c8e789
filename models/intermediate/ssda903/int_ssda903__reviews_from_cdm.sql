-- The Reviews table derived from the common data model for each derived collection year: every
-- review held in the year of a child looked after in it. A child under 4 at the review has
-- participation code PN0.
with

children as (

    select * from {{ ref('int_ssda903__children_in_year_from_cdm') }}
    where is_looked_after

),

reviews_held as (

    select * from {{ ref('int_cdm__reviews') }}

),

reviews as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        children.born_on as dob,
        {{ format_dmy_date('children.born_on') }} as dob_text,
        reviews_held.reviewed_on as review,
        {{ format_dmy_date('reviews_held.reviewed_on') }} as review_text,
        case
            when {{ age_in_years('children.born_on', 'reviews_held.reviewed_on') }} < 4 then 'PN0'
            else reviews_held.participation_code
        end as review_code,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from children
    inner join reviews_held
        on
            children.la_code = reviews_held.la_code
            and children.source_system = reviews_held.source_system
            and children.child_id = reviews_held.child_id
            and reviews_held.reviewed_on between children.year_start and children.year_end

)

select * from reviews
