{#- Every child looked after at the end of the given months of each collection year (1 for
    30 April ... 12 for 31 March), as that year's return sees it: one row per council, time
    period, month end and child, described by the episode open that day (short breaks left
    out; should two overlap, the later-starting one): legal status, placement and provider
    with DfE's groups, category of need from the start of the period of care, placement
    location and distance; and by age that day, sex, ethnic group and whether the child was
    unaccompanied asylum-seeking that day. analytics__looked_after_31_march (month 12, DfE's
    stock) and analytics__looked_after_on_date (every month end) are this, for their months. -#}
{% macro looked_after_snapshots(month_numbers) -%}
with

episodes as (

    select * from {{ ref('analytics__care_episodes') }}

),

month_numbers as (

    {%- for month in month_numbers %}
        select {{ month }} as month_number
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

return_years as (

    select distinct
        la_code,
        collection_year,
        time_period
    from episodes

),

snapshot_dates as (

    select
        return_years.la_code,
        return_years.collection_year,
        return_years.time_period,
        month_numbers.month_number,
        cast(
            {{ dbt.dateadd(
                'day', -1,
                dbt.dateadd('month', 'month_numbers.month_number', collection_start('return_years.collection_year'))
            ) }} as date
        ) as snapshot_date
    from return_years
    cross join month_numbers

),

-- The child's episode open on the day, read by its keys first: should two be open, the
-- later-starting one.
open_on_date as (

    select
        snapshot_dates.la_code,
        snapshot_dates.time_period,
        snapshot_dates.snapshot_date,
        snapshot_dates.month_number = 12 as is_31_march,
        episode.child,
        max(episode.decom) as decom
    from snapshot_dates
    inner join episodes as episode
        on
            snapshot_dates.la_code = episode.la_code
            and snapshot_dates.time_period = episode.time_period
            and {{ looked_after_on('snapshot_dates.snapshot_date') }}
    group by
        snapshot_dates.la_code,
        snapshot_dates.time_period,
        snapshot_dates.snapshot_date,
        snapshot_dates.month_number,
        episode.child

),

open_episodes as (

    select
        open_on_date.snapshot_date,
        open_on_date.is_31_march,
        episode.*
    from open_on_date
    inner join episodes as episode
        on
            open_on_date.la_code = episode.la_code
            and open_on_date.time_period = episode.time_period
            and open_on_date.child = episode.child
            and open_on_date.decom = episode.decom

),

period_starts as (

    select
        la_code,
        time_period,
        child,
        period_of_care_number,
        cin
    from episodes
    where starts_period_of_care

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    open_episodes.la_code,
    open_episodes.collection_year,
    open_episodes.time_period,
    open_episodes.snapshot_date,
    open_episodes.is_31_march,
    open_episodes.child,
    children.dob,
    {{ age_in_years('children.dob', 'open_episodes.snapshot_date') }} as age,
    coalesce(age_group.label, 'Age not known') as age_group,
    children.sex,
    children.ethnicity_group,
    children.is_mother,
    children.was_uasc
    and (
        children.uasc_ceased_date is null
        or children.uasc_ceased_date > open_episodes.snapshot_date
    ) as is_uasc,
    open_episodes.period_of_care_start,
    open_episodes.decom as episode_start,
    open_episodes.ls,
    legal_status.label as legal_status_group,
    open_episodes.place,
    coalesce(placement.label, 'Other placements') as placement_group,
    open_episodes.place_provider,
    coalesce(provider_label.label, 'Placement provider not reported') as provider_group,
    period_starts.cin as period_of_care_cin,
    need.label as need_group,
    open_episodes.pl_location,
    open_episodes.pl_distance,
    {{ distance_band('open_episodes.pl_distance') }} as distance_band
from open_episodes
left join {{ ref('analytics__children') }} as children
    on
        open_episodes.la_code = children.la_code
        and open_episodes.collection_year = children.collection_year
        and open_episodes.child = children.child
left join period_starts
    on
        open_episodes.la_code = period_starts.la_code
        and open_episodes.time_period = period_starts.time_period
        and open_episodes.child = period_starts.child
        and open_episodes.period_of_care_number = period_starts.period_of_care_number
left join groupings as age_group
    on
        age_group.topic = 'age_group'
        and {{ age_group_code('children.dob', 'open_episodes.snapshot_date') }} = age_group.code
left join groupings as legal_status
    on legal_status.topic = 'legal_status' and open_episodes.ls = legal_status.code
left join groupings as placement
    on placement.topic = 'placement' and open_episodes.place = placement.code
left join groupings as provider_label
    on provider_label.topic = 'provider'
        and coalesce(open_episodes.place_provider, 'none') = provider_label.code
left join groupings as need
    on need.topic = 'need' and period_starts.cin = need.code
{%- endmacro %}
