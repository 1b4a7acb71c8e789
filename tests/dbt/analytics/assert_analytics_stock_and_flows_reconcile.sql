-- Identity: children looked after on 31 March of year Y = those looked after on 31 March of
-- Y-1 + children who started in Y - children who ceased in Y, allowing for the children DfE's
-- counts leave out. Everything is read in year Y's view of the council's episodes (that return
-- with the history of earlier returns), since analytics__care_episodes builds each year's
-- history from that year's return; only council-years whose previous year's return is also in
-- the warehouse are compared.
-- At child level the flows are exact: a child's presence on the two dates (0 or 1 each)
-- changes by the periods of care it started less those it ended in the year. DfE counts each
-- child once among starts and once among ceases, so a child who started (or ceased) more than
-- once adds the difference; a child whose only care was short breaks is in none of the figures
-- (analytics__looked_after_during_year leaves short breaks out). A return with errors can also
-- move a child in or out of care with no start or cessation DfE counts, and these are allowed
-- for exactly, each counted in analytics__looked_after_during_year from the episodes: a period
-- begun by an episode whose RNE is not S (+1), a period ended by an X1 with no continuation
-- (-1), and an RNE S episode continuing a period, a start without an entry (-1). A child with
-- an episode that had not ended when its next one began (rules 142 and 501) has periods of
-- care that do not say when it was in care, so its starts and ends explain nothing: its change
-- in the stock is taken as the error, and such a child is checked only through the council's
-- totals. A row with
-- failure = 'child' is a child whose presence changed without a start or cessation to explain
-- it (or the reverse); failure = 'council' is a council-year whose published stock (the
-- cla_31_march measure) differs from last year's stock + started - ceased + the children DfE
-- leaves out, i.e. the measures and the child-level facts disagree.
{{ config(severity='error', group='analytics') }}

with

council_years as (

    select distinct
        la_code,
        time_period
    from {{ ref('analytics__care_episodes') }}

),

compared as (

    select council_years.*
    from council_years
    inner join council_years as previous_year
        on
            council_years.la_code = previous_year.la_code
            and council_years.time_period = previous_year.time_period + 1

),

presence as (

    select
        during_year.*,
        case when during_year.was_looked_after_previous_31_march then 1 else 0 end as on_before,
        case when during_year.is_looked_after_31_march then 1 else 0 end as on_after,
        case when during_year.has_started then 1 else 0 end as started,
        case when during_year.has_ceased then 1 else 0 end as ceased
    from {{ ref('analytics__looked_after_during_year') }} as during_year
    inner join compared
        on
            during_year.la_code = compared.la_code
            and during_year.time_period = compared.time_period

),

children as (

    select
        *,
        case
            when episodes_overlapping_the_next > 0
                then
                    (on_after - on_before)
                    - (periods_started_in_year - periods_ceased_in_year)
            else
                periods_begun_without_rne_s
                - periods_ended_by_x1_without_continuation
                - starts_within_a_period
        end as return_errors
    from presence

),

child_failures as (

    select
        'child' as failure,
        la_code,
        time_period,
        child,
        on_after - on_before as change_in_stock,
        periods_started_in_year - periods_ceased_in_year + return_errors as change_by_flows
    from children
    where on_after - on_before != periods_started_in_year - periods_ceased_in_year + return_errors

),

council_flows as (

    select
        la_code,
        time_period,
        sum(on_before) as stock_before,
        sum(started) as started,
        sum(ceased) as ceased,
        sum((periods_started_in_year - started) - (periods_ceased_in_year - ceased))
            as repeat_starts_less_repeat_ceases,
        sum(return_errors) as return_errors
    from children
    group by la_code, time_period

),

measures as (

    select
        la_code,
        time_period,
        measure_id,
        numerator
    from {{ ref('int_analytics__measure_rows') }}
    where
        measure_id in ('cla_31_march', 'started', 'ceased')
        and breakdown_topic = 'total'

),

published as (

    select
        compared.la_code,
        compared.time_period,
        sum(case when measures.measure_id = 'cla_31_march' then measures.numerator else 0 end)
            as stock_after,
        sum(case when measures.measure_id = 'started' then measures.numerator else 0 end)
            as started,
        sum(case when measures.measure_id = 'ceased' then measures.numerator else 0 end)
            as ceased
    from compared
    left join measures
        on
            compared.la_code = measures.la_code
            and compared.time_period = measures.time_period
    group by compared.la_code, compared.time_period

),

council_failures as (

    select
        'council' as failure,
        published.la_code,
        published.time_period,
        cast(null as {{ dbt.type_string() }}) as child,
        cast(published.stock_after - coalesce(council_flows.stock_before, 0) as int)
            as change_in_stock,
        cast(
            published.started - published.ceased
            + coalesce(council_flows.repeat_starts_less_repeat_ceases, 0)
            + coalesce(council_flows.return_errors, 0) as int
        ) as change_by_flows
    from published
    left join council_flows
        on
            published.la_code = council_flows.la_code
            and published.time_period = council_flows.time_period
    where
        published.stock_after
        != coalesce(council_flows.stock_before, 0)
        + published.started - published.ceased
        + coalesce(council_flows.repeat_starts_less_repeat_ceases, 0)
        + coalesce(council_flows.return_errors, 0)
        or published.started != coalesce(council_flows.started, 0)
        or published.ceased != coalesce(council_flows.ceased, 0)

)

select * from child_failures
union all
select * from council_failures
