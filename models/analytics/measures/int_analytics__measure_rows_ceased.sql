-- Measures of children who ceased to be looked after in the year, from
-- analytics__ceased_in_year (DfE counts each child once, described by the last period of care
-- that ended in the year, REC X1 not an ending): ceased, in total and by reason, age group on
-- ceasing, sex, UASC on the day and final placement group; and the ways out DfE headlines, each
-- with all ceased as denominator so its share of ceased shows: adopted (REC E11, E12), sgo
-- (special guardianship order, E43-E48), ro_cao (residence order or child arrangements order,
-- E41), returned_home (E4A as part of the care plan, E4B not).
-- A child whose group is not known (a REC DfE does not group, no date of birth) is counted under
-- a 'not known' label, so each topic sums to the total.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

leavers as (

    select
        la_code,
        time_period,
        child,
        coalesce(rec in ('E11', 'E12'), false) as is_adopted,
        coalesce(rec in ('E43', 'E44', 'E45', 'E46', 'E47', 'E48'), false) as is_sgo,
        coalesce(rec = 'E41', false) as is_ro_cao,
        coalesce(rec in ('E4A', 'E4B'), false) as is_returned_home,
        coalesce(reason_group, 'Reason not known') as reason_ceased,
        age_group_ceased,
        coalesce(sex, 'Not known') as sex,
        case when is_uasc then 'UASC' else 'Non-UASC' end as uasc,
        placement_group as placement
    from {{ ref('analytics__ceased_in_year') }}

)

{{ measure_count_rows(
    'ceased', 'leavers', 'council_years',
    breakdowns=['reason_ceased', 'age_group_ceased', 'sex', 'uasc', 'placement']
) }}
union all
{{ measure_share_row('adopted', 'leavers', 'council_years', 'is_adopted') }}
union all
{{ measure_share_row('sgo', 'leavers', 'council_years', 'is_sgo') }}
union all
{{ measure_share_row('ro_cao', 'leavers', 'council_years', 'is_ro_cao') }}
union all
{{ measure_share_row('returned_home', 'leavers', 'council_years', 'is_returned_home') }}
