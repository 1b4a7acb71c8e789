-- Periods of care (CDM contract): the category of need from the period's first placement split
-- and the reason ceased from its last, both mapped through the LA's mapping table.
with

source as (

    {{ cms_person_rows('mosaic', 'dm_periods_of_care', 'base_mosaic__persons', 'person_id') }}

),

mapping_groups as (

    select * from {{ ref('base_mosaic__mapping_groups') }}

),

ranked_splits as (

    select
        la_code,
        period_of_care_id,
        category_of_need_local,
        reason_ceased_local,
        row_number() over (
            partition by la_code, period_of_care_id
            order by started_on asc, split_number asc
        ) as first_rank,
        row_number() over (
            partition by la_code, period_of_care_id
            order by started_on desc, split_number desc
        ) as last_rank
    from {{ ref('base_mosaic__placement_splits') }}

),

periods as (

    select
        source.la_code,
        source.child_id,
        trim(source.period_of_care_id) as period_of_care_id,
        {{ cms_date('source.start_date') }} as started_on,
        {{ cms_date('source.end_date') }} as ended_on
    from source

)

select
    periods.la_code,
    periods.child_id,
    periods.period_of_care_id,
    periods.started_on,
    periods.ended_on,
    coalesce(need.category_value, first_split.category_of_need_local) as category_of_need_code,
    coalesce(ceased.category_value, last_split.reason_ceased_local) as reason_ceased_code
from periods
left join ranked_splits as first_split
    on
        periods.la_code = first_split.la_code
        and periods.period_of_care_id = first_split.period_of_care_id
        and first_split.first_rank = 1
left join ranked_splits as last_split
    on
        periods.la_code = last_split.la_code
        and periods.period_of_care_id = last_split.period_of_care_id
        and last_split.last_rank = 1
left join mapping_groups as need
    on
        periods.la_code = need.la_code
        and need.group_name = 'SSDA903 CATEGORY OF NEED'
        and upper(first_split.category_of_need_local) = need.mapped_value
left join mapping_groups as ceased
    on
        periods.la_code = ceased.la_code
        and ceased.group_name = 'SSDA903 REASON EPISODE CEASED'
        and upper(last_split.reason_ceased_local) = ceased.mapped_value
