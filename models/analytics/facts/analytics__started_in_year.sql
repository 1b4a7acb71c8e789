-- Each child who started to be looked after during a collection year, as DfE counts starts:
-- children, not periods of care. DfE counts "only the first occasion on which a child started
-- to be looked after in the LA during the year": the child's first episode with RNE S and DECOM
-- from 1 April to 31 March, short breaks (LS V3, V4) left out. The child is described by that
-- episode: age on the start date and DfE's age group, sex, ethnic group, category of need, legal
-- status on starting and whether it was 'taken into care' (C1, C2, L1, L2), UASC on the start
-- date (the rule of analytics__children), placement group on starting, and the previous
-- permanence arrangement the return's PrevPerm table gives (P1 adoption, P2 SGO, P3 RO/CAO,
-- P4 not known, Z1 none; 'none' when the child has no PrevPerm row, or its code is blank or
-- none of these, so that every start has a group and the groups sum to the starts).
-- Councils also report two other numbers, carried here labelled: the number of periods of care
-- the child started in the year (every RNE S episode, a child may count several times), and
-- whether the child was looked after earlier in the year (a non-short-break episode overlapping
-- 1 April to the day before the first start), which leaves "new" children when false.
with

episodes as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('analytics__care_episodes') }}

),

starts as (

    select
        *,
        row_number() over (
            partition by la_code, time_period, child
            order by decom asc
        ) as start_number,
        count(*) over (partition by la_code, time_period, child) as periods_started_in_year
    from episodes
    where
        rne = 'S'
        and not is_short_break
        and decom >= year_start
        and decom <= year_end

),

first_starts as (

    select * from starts
    where start_number = 1

),

-- Looked after at some time from 1 April to the day before the first start (an episode that
-- ended on 1 April counts: the child was in care that day).
earlier_in_year as (

    select distinct
        first_starts.la_code,
        first_starts.time_period,
        first_starts.child
    from first_starts
    inner join episodes as earlier_episode
        on
            first_starts.la_code = earlier_episode.la_code
            and first_starts.time_period = earlier_episode.time_period
            and first_starts.child = earlier_episode.child
    where
        not earlier_episode.is_short_break
        and earlier_episode.decom < first_starts.decom
        and (earlier_episode.dec is null or earlier_episode.dec >= first_starts.year_start)

),

prev_perm_rows as (

    select
        la_code,
        collection_year,
        child,
        prev_perm,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('ssda903__prev_perm') }}
    where child is not null

),

prev_perm as (

    select * from prev_perm_rows
    where copy_number = 1

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    first_starts.la_code,
    first_starts.collection_year,
    first_starts.time_period,
    first_starts.child,
    first_starts.decom as start_date,
    first_starts.period_of_care_number,
    children.dob,
    {{ age_in_years('children.dob', 'first_starts.decom') }} as age_on_starting,
    coalesce(age_group.label, 'Age not known') as age_group,
    children.sex,
    children.ethnicity_group,
    first_starts.cin,
    need.label as need_group,
    first_starts.ls,
    legal_status.label as legal_status_started,
    taken_into_care.code is not null as is_taken_into_care,
    coalesce(children.was_uasc, false)
    and (
        children.uasc_ceased_date is null
        or children.uasc_ceased_date > first_starts.decom
    ) as is_uasc,
    first_starts.place,
    coalesce(placement.label, 'Other placements') as placement_group,
    prev_perm.prev_perm,
    coalesce(permanence.label, no_permanence.label) as previous_permanence,
    first_starts.periods_started_in_year,
    earlier_in_year.child is not null as was_looked_after_earlier_in_year
from first_starts
left join {{ ref('analytics__children') }} as children
    on
        first_starts.la_code = children.la_code
        and first_starts.collection_year = children.collection_year
        and first_starts.child = children.child
left join earlier_in_year
    on
        first_starts.la_code = earlier_in_year.la_code
        and first_starts.time_period = earlier_in_year.time_period
        and first_starts.child = earlier_in_year.child
left join prev_perm
    on
        first_starts.la_code = prev_perm.la_code
        and first_starts.collection_year = prev_perm.collection_year
        and first_starts.child = prev_perm.child
left join groupings as age_group
    on
        age_group.topic = 'age_group'
        and {{ age_group_code('children.dob', 'first_starts.decom') }} = age_group.code
left join groupings as need
    on need.topic = 'need' and first_starts.cin = need.code
left join groupings as legal_status
    on legal_status.topic = 'legal_status_started' and first_starts.ls = legal_status.code
left join groupings as taken_into_care
    on taken_into_care.topic = 'taken_into_care' and first_starts.ls = taken_into_care.code
left join groupings as placement
    on placement.topic = 'placement' and first_starts.place = placement.code
left join groupings as permanence
    on
        permanence.topic = 'previous_permanence'
        and prev_perm.prev_perm = permanence.code
left join groupings as no_permanence
    on
        no_permanence.topic = 'previous_permanence'
        and no_permanence.code = 'none'
