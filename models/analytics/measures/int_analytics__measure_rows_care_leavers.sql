-- Care leavers' activity and accommodation (analytics-measures.md §3.9), from
-- analytics__care_leavers, for the 19-21 cohort (19th, 20th or 21st birthday in the year) and
-- the 17-18 cohort (17th or 18th birthday, not still looked after), each over the whole cohort
-- (activity not known included, as DfE does):
-- - _eet: in education, employment or training (ACTIV F or P); _neet: G4 to G6;
--   _higher_education: F1 or P1; _activity_not_known: ACTIV 0 (or not a code);
-- - _suitable_accommodation: ACCOM ending in 1, over the cohort less those gone abroad (G),
--   deported (H) or whose residence is not known (R), as LAIT #112 does;
-- - _in_touch: IN_TOUCH YES;
-- - care_leavers_19_21_activity: the 19-21 cohort by DfE's activity group.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

care_leavers as (

    select * from {{ ref('analytics__care_leavers') }}

),

{%- for cohort in ['19-21', '17-18'] %}

    cohort_{{ cohort | replace('-', '_') }} as (

        select * from care_leavers
        where cohort = '{{ cohort }}'

    ){{ ',' if not loop.last }}
{%- endfor %}

{% for cohort in ['19_21', '17_18'] -%}
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_eet', 'cohort_' ~ cohort, 'council_years', 'is_eet'
    ) }}
    union all
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_neet', 'cohort_' ~ cohort, 'council_years', 'is_neet'
    ) }}
    union all
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_higher_education', 'cohort_' ~ cohort, 'council_years',
        'is_higher_education'
    ) }}
    union all
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_activity_not_known', 'cohort_' ~ cohort, 'council_years',
        'is_activity_not_known'
    ) }}
    union all
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_suitable_accommodation', 'cohort_' ~ cohort, 'council_years',
        'is_suitable_accommodation', cohort_filter='in_suitability_denominator'
    ) }}
    union all
    {{ measure_share_row(
        'care_leavers_' ~ cohort ~ '_in_touch', 'cohort_' ~ cohort, 'council_years', 'is_in_touch'
    ) }}
    union all
{% endfor -%}
{{ measure_count_rows(
    'care_leavers_19_21_activity', 'cohort_19_21', 'council_years',
    breakdowns=['activity'], seed_topics={'activity': 'care_leaver_activity'}
) }}
