-- Measures of the stock of children looked after on 31 March (DfE: children with a non-short-
-- break episode open on 31 March; an episode ending that day does not count), from
-- analytics__looked_after_31_march, one row per child:
-- cla_31_march, the count, in total and by age group, sex, ethnic group, UASC, legal status,
-- placement, provider, category of need, locality (PL_LOCATION IN/OUT of the LA's boundary),
-- distance (PL_DISTANCE) and locality by distance; placed_over_20_miles (PL_DISTANCE over 20
-- miles, over all children looked after, the unknown distances included in the denominator as
-- DfE does); placed_outside_and_over_20_miles (also outside the boundary, LAIT #87);
-- placed_for_adoption_31_march (DfE's group Placed for adoption, A3-A6); cla_mothers (females
-- aged 12 or over at 31 March who are mothers over all females aged 12 or over); and
-- uasc_31_march (unaccompanied asylum-seeking on 31 March, with all children looked after as
-- denominator so the share shows).
-- A child whose group is not known (no date of birth, a legal status or need DfE does not
-- group) is counted under a 'not known' label, so that each topic sums to the total.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

groupings as (

    select * from {{ ref('measure_groupings') }}

),

stock as (

    select
        on_date.la_code,
        on_date.time_period,
        on_date.child,
        on_date.age,
        coalesce(on_date.sex, 'Not known') as sex,
        on_date.is_mother,
        on_date.is_uasc,
        on_date.placement_group,
        on_date.pl_distance,
        coalesce(on_date.pl_distance > 20, false) as is_over_20_miles,
        coalesce(on_date.pl_distance > 20 and on_date.pl_location = 'OUT', false)
            as is_outside_and_over_20_miles,
        on_date.sex = 'Female' and on_date.age >= 12 as is_female_aged_12_or_over,
        on_date.age_group,
        coalesce(on_date.ethnicity_group, 'Refused or information not yet available')
            as ethnicity,
        case when on_date.is_uasc then 'UASC' else 'Non-UASC' end as uasc,
        coalesce(on_date.legal_status_group, 'Legal status not known') as legal_status,
        on_date.placement_group as placement,
        on_date.provider_group as provider,  -- noqa: RF04
        coalesce(on_date.need_group, 'Category of need not known') as need,
        locality.label as locality,
        on_date.distance_band as distance,
        locality_distance.label as locality_distance
    from {{ ref('analytics__looked_after_31_march') }} as on_date
    left join groupings as locality
        on
            locality.topic = 'locality'
            and coalesce(on_date.pl_location, 'none') = locality.code
    left join groupings as distance
        on distance.topic = 'distance' and on_date.distance_band = distance.label
    left join groupings as locality_distance
        on
            locality_distance.topic = 'locality_distance'
            and locality_distance.code = case
                when locality.code = 'none' then 'none'
                else concat(locality.code, '|', distance.code)
            end

),

placed_for_adoption as (

    select * from stock
    where placement = 'Placed for adoption'

)

{{ measure_count_rows(
    'cla_31_march', 'stock', 'council_years',
    breakdowns=[
        'age_group', 'sex', 'ethnicity', 'uasc', 'legal_status', 'placement', 'provider',
        'need', 'locality', 'distance', 'locality_distance'
    ]
) }}
union all
{{ measure_share_row('placed_over_20_miles', 'stock', 'council_years', 'is_over_20_miles') }}
union all
{{ measure_share_row(
    'placed_outside_and_over_20_miles', 'stock', 'council_years', 'is_outside_and_over_20_miles'
) }}
union all
{{ measure_count_rows('placed_for_adoption_31_march', 'placed_for_adoption', 'council_years') }}
union all
{{ measure_share_row(
    'cla_mothers', 'stock', 'council_years', 'is_mother',
    cohort_filter='is_female_aged_12_or_over'
) }}
union all
{{ measure_share_row('uasc_31_march', 'stock', 'council_years', 'is_uasc') }}
