-- Placement stability (analytics-measures.md §3.5), from the placement spells of
-- analytics__placements (DfE's counting rule: no temporary placements, none under 24 hours, no
-- new placement on moving to placed for adoption with the current foster carers):
-- - placements_3_plus (LAIT #372): of the children looked after on 31 March, those with three
--   or more placements during the year; a placement open on 1 April (ending that day or later)
--   counts, as does one open on 31 March.
-- - placements_3_plus_two_years: of the children looked after on 31 March who had been looked
--   after throughout the two years before it (period of care begun on or before 1 April two
--   years earlier), those with three or more placements from that 1 April to 31 March. Emitted
--   only where the warehouse holds the council's return of the year before too: without it the
--   placements that ended before the year are not known.
-- - long_term_stability (LAIT #393): of the children looked after on 31 March, aged under 16
--   then and looked after for at least two and a half years (period of care begun on or before
--   the date 30 months before 31 March), those whose current placement (the latest to begin on
--   or before 31 March) began on or before 31 March two years earlier, or who are placed for
--   adoption (A3 to A6) and whose placement before it, in the same period of care, began by then
--   (the adoptive placement and the one before it together lasting two years).
-- - new_placements: placements beginning in the year, by locality and distance; the denominator
--   of a breakdown row is the total.
-- - placement_changes: placements ending in the year with a move (last episode REC X1, the
--   period of care going on), by REASON_PLACE_CHANGE of that episode.
-- - social_worker_changes_3_plus (Stability release): of the children looked after on 31 March,
--   those with three or more distinct social workers (SW_ID) allocated at some time in the
--   year (SWEpisodes open on a day from 1 April to 31 March, looked after or not); a return to
--   an earlier worker adds none. SWEpisodes is collected from 2023-24.
-- A period of care whose start the warehouse cannot see (its early episodes in a return it does
-- not hold) counts from its earliest known episode.
with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

returns_held as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__children') }}

),

groupings as (

    select * from {{ ref('measure_groupings') }}

),

placements as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('analytics__placements') }}

),

stock as (

    select
        la_code,
        time_period,
        child,
        age,
        period_of_care_start,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('analytics__looked_after_31_march') }}

),

placement_counts as (

    select
        stock.la_code,
        stock.time_period,
        stock.child,
        sum(
            case
                when placement.placement_end is null or placement.placement_end >= stock.year_start
                    then 1
                else 0
            end
        ) as placements_in_year,
        count(placement.child) as placements_in_two_years
    from stock
    left join placements as placement
        on
            stock.la_code = placement.la_code
            and stock.time_period = placement.time_period
            and stock.child = placement.child
            and stock.year_end >= placement.placement_start
            and (
                placement.placement_end is null
                or {{ dbt.dateadd('year', -1, 'stock.year_start') }} <= placement.placement_end
            )
    group by stock.la_code, stock.time_period, stock.child

),

stability_cohort as (

    select
        stock.la_code,
        stock.time_period,
        stock.child,
        stock.age,
        stock.period_of_care_start <= {{ dbt.dateadd('year', -1, 'stock.year_start') }}
            as looked_after_two_years,
        stock.period_of_care_start <= {{ dbt.dateadd('month', -30, 'stock.year_end') }}
            as looked_after_thirty_months,
        cast({{ dbt.dateadd('year', -2, 'stock.year_end') }} as date) as two_years_before,
        coalesce(placement_counts.placements_in_year, 0) as placements_in_year,
        coalesce(placement_counts.placements_in_two_years, 0) as placements_in_two_years
    from stock
    left join placement_counts
        on
            stock.la_code = placement_counts.la_code
            and stock.time_period = placement_counts.time_period
            and stock.child = placement_counts.child

),

two_year_cohort as (

    select stability_cohort.*
    from stability_cohort
    inner join returns_held
        on
            stability_cohort.la_code = returns_held.la_code
            and stability_cohort.time_period = returns_held.time_period + 1
    where stability_cohort.looked_after_two_years

),

two_year_council_years as (

    select council_years.*
    from council_years
    inner join returns_held
        on
            council_years.la_code = returns_held.la_code
            and council_years.time_period = returns_held.time_period + 1

),

-- The long-term cohort: under 16 on 31 March and looked after for two and a half years.
long_term_candidates as (

    select * from stability_cohort
    where age < 16 and looked_after_thirty_months

),

-- Each candidate's placements to 31 March, latest first, beside the placement before each in
-- the same period of care (read for the candidates alone: the rest of the stock never needs it).
current_placements as (

    select
        current_placement.la_code,
        current_placement.time_period,
        current_placement.child,
        current_placement.place,
        current_placement.placement_start,
        previous_placement.placement_start as previous_placement_start,
        row_number() over (
            partition by
                current_placement.la_code,
                current_placement.time_period,
                current_placement.child
            order by current_placement.placement_start desc
        ) as recency
    from long_term_candidates as candidate
    inner join placements as current_placement
        on
            candidate.la_code = current_placement.la_code
            and candidate.time_period = current_placement.time_period
            and candidate.child = current_placement.child
    left join placements as previous_placement
        on
            current_placement.la_code = previous_placement.la_code
            and current_placement.time_period = previous_placement.time_period
            and current_placement.child = previous_placement.child
            and current_placement.period_of_care_number = previous_placement.period_of_care_number
            and current_placement.placement_number = previous_placement.placement_number + 1
    where current_placement.placement_start <= current_placement.year_end

),

long_term_cohort as (

    select
        candidate.*,
        coalesce(
            current_placement.placement_start <= candidate.two_years_before
            or (
                current_placement.place in ('A3', 'A4', 'A5', 'A6')
                and current_placement.previous_placement_start <= candidate.two_years_before
            ),
            false
        ) as is_stable
    from long_term_candidates as candidate
    left join current_placements as current_placement
        on
            candidate.la_code = current_placement.la_code
            and candidate.time_period = current_placement.time_period
            and candidate.child = current_placement.child
            and current_placement.recency = 1

),

social_workers as (

    select
        stock.la_code,
        stock.time_period,
        stock.child,
        count(distinct sw.sw_id) as social_workers
    from stock
    inner join {{ ref('ssda903__sw_episodes') }} as sw
        on
            stock.la_code = sw.la_code
            and stock.child = sw.child
            and {{ collection_start_year('sw.collection_year') }} + 1 = stock.time_period
    where
        sw.sw_id is not null
        and sw.sw_decom <= stock.year_end
        and (sw.sw_dec is null or sw.sw_dec >= stock.year_start)
    group by stock.la_code, stock.time_period, stock.child

),

social_worker_cohort as (

    select
        stock.la_code,
        stock.time_period,
        stock.child,
        coalesce(social_workers.social_workers, 0) as social_workers
    from stock
    left join social_workers
        on
            stock.la_code = social_workers.la_code
            and stock.time_period = social_workers.time_period
            and stock.child = social_workers.child

),

new_placements as (

    select
        la_code,
        time_period,
        child,
        locality_distance
    from placements
    where placement_start between year_start and year_end

),

placement_changes as (

    select
        placements.la_code,
        placements.time_period,
        placements.child,
        coalesce(reason.label, 'Reason not recorded') as reason_place_change
    from placements
    left join groupings as reason
        on
            reason.topic = 'reason_place_change'
            and coalesce(placements.reason_place_change, 'none') = reason.code
    where
        placements.placement_end between placements.year_start and placements.year_end
        and placements.last_rec = 'X1'

)

{{ measure_share_row(
    'placements_3_plus', 'stability_cohort', 'council_years', 'placements_in_year >= 3'
) }}
union all
{{ measure_share_row(
    'placements_3_plus_two_years', 'two_year_cohort', 'two_year_council_years',
    'placements_in_two_years >= 3'
) }}
union all
{{ measure_share_row('long_term_stability', 'long_term_cohort', 'council_years', 'is_stable') }}
union all
{{ measure_count_rows(
    'new_placements', 'new_placements', 'council_years', breakdowns=['locality_distance']
) }}
union all
{{ measure_count_rows(
    'placement_changes', 'placement_changes', 'council_years', breakdowns=['reason_place_change']
) }}
union all
{{ measure_share_row(
    'social_worker_changes_3_plus', 'social_worker_cohort', 'council_years', 'social_workers >= 3'
) }}
