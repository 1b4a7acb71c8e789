-- Incidents of a looked-after child missing (MISSING M: whereabouts not known) or away from
-- placement without authorisation (A: whereabouts known), one row per council, time period,
-- child, kind and start date, from the year's Missing table (analytics-measures.md §3.6).
-- A row whose MIS_START is blank or not a date is left out (it is no incident DfE can place in
-- a year); should a return hold the same child, kind and start twice, the first row in file
-- order is kept. starts_in_year marks the incidents DfE counts (start from 1 April to
-- 31 March); open_on_1_april marks one carried over from the year before (started earlier,
-- not ended before 1 April), whose child LAIT #161 counts among the children who went
-- missing; open_at_31_march is an incident that had begun and not ended by 31 March (MIS_END
-- blank or later). Age is in completed years at the incident's start, from the child's Header
-- date of birth (the Missing table's own DOB when the Header has none).
with

missing as (

    select
        la_code,
        collection_year,
        child,
        dob,
        missing as kind,
        mis_start,
        mis_end,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end,
        row_number() over (
            partition by la_code, collection_year, child, missing, mis_start
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('ssda903__missing') }}
    where child is not null and mis_start is not null and missing in ('M', 'A')

),

children as (

    select * from {{ ref('analytics__children') }}

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    missing.la_code,
    missing.collection_year,
    {{ collection_start_year('missing.collection_year') }} + 1 as time_period,
    missing.child,
    missing.kind,
    missing.mis_start,
    missing.mis_end,
    missing.mis_start between missing.year_start and missing.year_end as starts_in_year,
    missing.mis_start < missing.year_start
    and (missing.mis_end is null or missing.mis_end >= missing.year_start) as open_on_1_april,
    missing.mis_start <= missing.year_end
    and (missing.mis_end is null or missing.mis_end > missing.year_end) as open_at_31_march,
    {{ age_in_years('coalesce(children.dob, missing.dob)', 'missing.mis_start') }}
        as age_at_start,
    coalesce(age_group.label, 'Age not known') as age_group
from missing
left join children
    on
        missing.la_code = children.la_code
        and missing.collection_year = children.collection_year
        and missing.child = children.child
left join groupings as age_group
    on
        age_group.topic = 'age_group_missing'
        and {{ age_group_code('coalesce(children.dob, missing.dob)', 'missing.mis_start') }}
        = age_group.code
where missing.copy_number = 1
