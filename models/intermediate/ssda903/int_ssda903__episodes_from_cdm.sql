-- The Episodes table derived from the common data model for each derived collection year: every
-- care episode overlapping the year. An episode still open at 31 March (or ending after it) has
-- DEC, REC and REASON_PLACE_CHANGE blank.
with

years as (

    select * from {{ ref('int_ssda903__derived_years') }}

),

in_year as (

    select
        care_episodes.*,
        years.collection_year,
        care_episodes.ended_on is not null
        and care_episodes.ended_on <= years.year_end as has_ended
    from {{ ref('int_cdm__care_episodes') }} as care_episodes
    inner join years
        on
            care_episodes.la_code = years.la_code
            and {{ ssda903_overlaps_year('care_episodes', 'years') }}

),

episodes as (

    select
        la_code,
        collection_year,
        child_id as child,
        {{ ssda903_date('started_on', 'decom') }},
        reason_new_episode_code as rne,
        legal_status_code as ls,
        category_of_need_code as cin,
        placement_type_code as place,
        placement_provider_code as place_provider,
        {{ ssda903_date('ended_on', 'dec', when='has_ended') }},
        case when has_ended then reason_ceased_code end as rec,
        case when has_ended then reason_placement_change_code end as reason_place_change,
        home_postcode as home_post,
        placement_postcode as pl_post,
        provider_urn as urn,
        {{ ssda903_derived_source() }}
    from in_year

)

select * from episodes
