-- Periods of care (CDM contract): the category of need from the period's first placement split
-- and the reason ceased from its last, both mapped through the LA's mapping table.
with

periods as (

    {{ cms_person_rows('mosaic', 'dm_periods_of_care', 'base_mosaic__persons', 'person_id') }}

),

ranked_splits as (

    select
        *,
        row_number() over (
            partition by la_code, period_of_care_id
            order by started_on asc, split_number asc
        ) as first_rank,
        row_number() over (
            partition by la_code, period_of_care_id
            order by started_on desc, split_number desc
        ) as last_rank
    from {{ ref('base_mosaic__placement_splits') }}

)

select
    periods.la_code,
    periods.child_id,
    {{ trim_spaces('periods.period_of_care_id') }} as period_of_care_id,
    {{ cms_date('periods.start_date') }} as started_on,
    {{ cms_date('periods.end_date') }} as ended_on,
    need.code as category_of_need_code,
    ceased.code as reason_ceased_code
from periods
left join ranked_splits as first_split
    on
        periods.la_code = first_split.la_code
        and {{ trim_spaces('periods.period_of_care_id') }} = first_split.period_of_care_id
        and first_split.first_rank = 1
left join ranked_splits as last_split
    on
        periods.la_code = last_split.la_code
        and {{ trim_spaces('periods.period_of_care_id') }} = last_split.period_of_care_id
        and last_split.last_rank = 1
{{ cms_coded_join('need', 'mosaic', 'first_split', 'category_of_need_local') }}
{{ cms_coded_join('ceased', 'mosaic', 'last_split', 'reason_ceased_local') }}
