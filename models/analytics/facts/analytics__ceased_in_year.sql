-- Each child who ceased to be looked after during a collection year, as DfE counts them: the
-- child's last episode with DEC from 1 April to 31 March and a reason ceased other than X1
-- (which only links one episode to the next), short breaks (LS V3, V4) left out. "Only the last
-- occasion on which a child ceased to be looked after in the year has been included"; a child
-- who ceases in two years counts in each. An episode with a DEC but no REC ends its period of
-- care too (DfE's validation requires a REC; its reason group is left null). The child is
-- described by that episode: reason (DfE's reason group), age on the day and DfE's ceasing age
-- group, final placement group, sex, ethnic group, UASC on the day and the length of the period
-- of care in days. UASC on the day includes a child whose UASC status ended (DUC) that same day:
-- a UASC leaving care at 18 usually has DUC = DEC, and DfE's UASC share of ceased (23% in
-- 2025) counts them; the strict rule of the stock (DUC after the date) would leave most out.
with

episodes as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('analytics__care_episodes') }}

),

ceases as (

    select
        *,
        row_number() over (
            partition by la_code, time_period, child
            order by dec desc, decom desc
        ) as reverse_number,
        count(*) over (partition by la_code, time_period, child) as periods_ceased_in_year
    from episodes
    where
        coalesce(rec, '') != 'X1'
        and not is_short_break
        and dec >= year_start
        and dec <= year_end

),

last_ceases as (

    select * from ceases
    where reverse_number = 1

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    last_ceases.la_code,
    last_ceases.collection_year,
    last_ceases.time_period,
    last_ceases.child,
    last_ceases.dec as ceased_date,
    last_ceases.rec,
    reason.label as reason_group,
    last_ceases.period_of_care_start,
    {{ dbt.datediff('last_ceases.period_of_care_start', 'last_ceases.dec', 'day') }}
        as period_of_care_days,
    children.dob,
    {{ age_in_years('children.dob', 'last_ceases.dec') }} as age_on_ceasing,
    coalesce(age_group.label, 'Age not known') as age_group_ceased,
    children.sex,
    children.ethnicity_group,
    coalesce(children.was_uasc, false)
    and (
        children.uasc_ceased_date is null
        or children.uasc_ceased_date >= last_ceases.dec
    ) as is_uasc,
    last_ceases.place,
    coalesce(placement.label, 'Other placements') as placement_group,
    last_ceases.periods_ceased_in_year
from last_ceases
left join {{ ref('analytics__children') }} as children
    on
        last_ceases.la_code = children.la_code
        and last_ceases.collection_year = children.collection_year
        and last_ceases.child = children.child
left join groupings as reason
    on reason.topic = 'reason_ceased' and last_ceases.rec = reason.code
left join groupings as age_group
    on
        age_group.topic = 'age_group_ceased'
        and {{ age_group_code('children.dob', 'last_ceases.dec') }} = age_group.code
left join groupings as placement
    on placement.topic = 'placement' and last_ceases.place = placement.code
