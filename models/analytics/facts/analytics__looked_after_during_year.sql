-- Each child looked after at any time during a collection year: a non-short-break episode
-- (LS other than V3, V4) that started on or before 31 March and had not ended before 1 April.
-- DfE's "children looked after during the year" (115,410 in England in 2025; the denominator of
-- the missing measures). A child whose only care in the year was short breaks is not here, as
-- DfE leaves such children out of every measure. Beside it, the child's place in the stock and
-- flows of the year: looked after on the 31 March before the year and on the year's 31 March
-- (the looked_after_on rule: an episode ending on the day does not count), and whether the
-- child is counted in the year's starts and ceases (analytics__started_in_year,
-- analytics__ceased_in_year) with the number of periods of care it started and ended, which
-- the stock-and-flow identity reads. So that identity can be exact on returns with errors, the
-- three ways a return can move a child in or out of care without a start or cessation DfE
-- counts are counted too (each an error DfE's validation reports): a period of care begun in
-- the year by an episode whose RNE is not S, a period that ended in the year with REC X1 but no
-- episode continuing it (rule 388), and an RNE S episode in the year that continues a period
-- (X1 the day before), which DfE counts as a start although the child was already in care. A
-- fourth error leaves the flows no meaning at all: an episode that had not ended when the
-- child's next one began (left open, or a DEC after the next DECOM: rules 142 and 501), with
-- the overlap reaching into the year. Periods of care are cut from episodes in DECOM order, so
-- such a child can be in care on a date after its period "ended", or throughout a period that
-- "began"; these episodes are counted, and the identity takes the child's change in the stock
-- as it is.
with

episodes as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end,
        cast({{ dbt.dateadd('day', -1, collection_start()) }} as date) as year_before_end
    from {{ ref('analytics__care_episodes') }}
    where not is_short_break

),

children as (

    select
        episodes.la_code,
        episodes.collection_year,
        episodes.time_period,
        episodes.child,
        max(case when {{ looked_after_on('year_before_end', 'episodes') }} then 1 else 0 end)
            as on_previous_31_march,
        max(case when {{ looked_after_on('year_end', 'episodes') }} then 1 else 0 end)
            as on_31_march
    from episodes
    where
        episodes.decom <= episodes.year_end
        and (episodes.dec is null or episodes.dec >= episodes.year_start)
    group by episodes.la_code, episodes.collection_year, episodes.time_period, episodes.child

),

unlinked_periods as (

    select
        la_code,
        time_period,
        child,
        sum(case when started_in_year and coalesce(first_rne, '') != 'S' then 1 else 0 end)
            as periods_begun_without_rne_s,
        sum(case when ended_in_year and last_rec = 'X1' then 1 else 0 end)
            as periods_ended_by_x1_without_continuation
    from {{ ref('analytics__periods_of_care') }}
    where not is_short_break_only
    group by la_code, time_period, child

),

followed_episodes as (

    select
        la_code,
        time_period,
        child,
        dec,
        year_start,
        year_end,
        lead(decom) over (partition by la_code, time_period, child order by decom asc)
            as next_decom
    from episodes

),

overlapping_episodes as (

    select
        la_code,
        time_period,
        child,
        count(*) as episodes_overlapping_the_next
    from followed_episodes
    where
        next_decom is not null
        and (dec is null or dec > next_decom)
        and next_decom <= year_end
        and (dec is null or dec >= year_start)
    group by la_code, time_period, child

),

starts_within_periods as (

    select
        la_code,
        time_period,
        child,
        count(*) as starts_within_a_period
    from episodes
    where
        rne = 'S'
        and not starts_period_of_care
        and decom >= year_start
        and decom <= year_end
    group by la_code, time_period, child

)

select
    children.la_code,
    children.collection_year,
    children.time_period,
    children.child,
    children.on_previous_31_march = 1 as was_looked_after_previous_31_march,
    children.on_31_march = 1 as is_looked_after_31_march,
    started.child is not null as has_started,
    ceased.child is not null as has_ceased,
    coalesce(started.periods_started_in_year, 0) as periods_started_in_year,
    coalesce(ceased.periods_ceased_in_year, 0) as periods_ceased_in_year,
    coalesce(unlinked_periods.periods_begun_without_rne_s, 0) as periods_begun_without_rne_s,
    coalesce(unlinked_periods.periods_ended_by_x1_without_continuation, 0)
        as periods_ended_by_x1_without_continuation,
    coalesce(starts_within_periods.starts_within_a_period, 0) as starts_within_a_period,
    coalesce(overlapping_episodes.episodes_overlapping_the_next, 0)
        as episodes_overlapping_the_next
from children
left join {{ ref('analytics__started_in_year') }} as started
    on
        children.la_code = started.la_code
        and children.time_period = started.time_period
        and children.child = started.child
left join {{ ref('analytics__ceased_in_year') }} as ceased
    on
        children.la_code = ceased.la_code
        and children.time_period = ceased.time_period
        and children.child = ceased.child
left join unlinked_periods
    on
        children.la_code = unlinked_periods.la_code
        and children.time_period = unlinked_periods.time_period
        and children.child = unlinked_periods.child
left join starts_within_periods
    on
        children.la_code = starts_within_periods.la_code
        and children.time_period = starts_within_periods.time_period
        and children.child = starts_within_periods.child
left join overlapping_episodes
    on
        children.la_code = overlapping_episodes.la_code
        and children.time_period = overlapping_episodes.time_period
        and children.child = overlapping_episodes.child
