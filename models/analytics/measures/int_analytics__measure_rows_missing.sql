-- Missing and away from placement without authorisation (analytics-measures.md §3.6), from
-- analytics__missing_incidents, for the children looked after at any time in the year (DfE's
-- denominator, §3.4: a child with an episode, short breaks left out, open on some day from
-- 1 April to 31 March); an incident of a child outside that population (short-break care only)
-- is left out, as DfE leaves short breaks out of every figure.
-- - children_missing: children who went missing (an M incident starting in the year, or one
--   carried over, open on 1 April: LAIT #161) over the children looked after in the year;
-- - missing_incidents: M incidents starting in the year, by age at the incident's start;
-- - missing_incidents_per_child: those incidents over the children with one starting in the
--   year (the mean's numerator and denominator);
-- - children_away, away_incidents, away_incidents_per_child: the same for A incidents;
-- - missing_at_31_march, away_at_31_march: incidents that had begun and not ended by 31 March.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

looked_after_during_year as (

    select distinct
        episode.la_code,
        episode.time_period,
        episode.child
    from {{ ref('analytics__care_episodes') }} as episode
    where
        not episode.is_short_break
        and episode.decom <= {{ collection_end('episode.collection_year') }}
        and (
            episode.dec is null
            or episode.dec >= {{ collection_start('episode.collection_year') }}
        )

),

incidents as (

    select incident.*
    from {{ ref('analytics__missing_incidents') }} as incident
    inner join looked_after_during_year as cla
        on
            incident.la_code = cla.la_code
            and incident.time_period = cla.time_period
            and incident.child = cla.child

),

children_with_incidents as (

    select
        cla.la_code,
        cla.time_period,
        cla.child,
        max(case when incident.kind = 'M' then 1 else 0 end) = 1 as went_missing,
        max(case when incident.kind = 'A' then 1 else 0 end) = 1 as went_away,
        sum(case when incident.kind = 'M' and incident.starts_in_year then 1 else 0 end)
            as missing_incidents,
        sum(case when incident.kind = 'A' and incident.starts_in_year then 1 else 0 end)
            as away_incidents
    from looked_after_during_year as cla
    left join incidents as incident
        on
            cla.la_code = incident.la_code
            and cla.time_period = incident.time_period
            and cla.child = incident.child
            and (incident.starts_in_year or incident.open_on_1_april)
    group by cla.la_code, cla.time_period, cla.child

),

missing_in_year as (

    select * from incidents
    where kind = 'M' and starts_in_year

),

away_in_year as (

    select * from incidents
    where kind = 'A' and starts_in_year

),

missing_at_31_march as (

    select * from incidents
    where kind = 'M' and open_at_31_march

),

away_at_31_march as (

    select * from incidents
    where kind = 'A' and open_at_31_march

)

{{ measure_share_row(
    'children_missing', 'children_with_incidents', 'council_years', 'went_missing'
) }}
union all
{{ measure_count_rows(
    'missing_incidents', 'missing_in_year', 'council_years',
    breakdowns=['age_group'], seed_topics={'age_group': 'age_group_missing'}
) }}
union all
{{ measure_mean_row(
    'missing_incidents_per_child', 'children_with_incidents', 'council_years',
    'missing_incidents', cohort_filter='missing_incidents > 0'
) }}
union all
{{ measure_share_row('children_away', 'children_with_incidents', 'council_years', 'went_away') }}
union all
{{ measure_count_rows('away_incidents', 'away_in_year', 'council_years') }}
union all
{{ measure_mean_row(
    'away_incidents_per_child', 'children_with_incidents', 'council_years',
    'away_incidents', cohort_filter='away_incidents > 0'
) }}
union all
{{ measure_count_rows('missing_at_31_march', 'missing_at_31_march', 'council_years') }}
union all
{{ measure_count_rows('away_at_31_march', 'away_at_31_march', 'council_years') }}
