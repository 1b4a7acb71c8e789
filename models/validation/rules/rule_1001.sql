-- 1001: a young person with care leaver information (an OC3 row) whose episodes do not show a
-- relevant or former relevant child: looked after for fewer than 91 days (13 weeks) on or after
-- the 14th birthday, or not looked after at all after the 16th birthday (short-break episodes,
-- LS V3 or V4, do not count), or whose latest episode ended in adoption (REC E11, E12).
-- Episodes are this year's and every earlier return of the council the warehouse holds
-- (int_validation__history_scope; last year's alone with the var validation_history
-- two_years, as DfE's tool sees them); an episode reported in several returns counts once (the
-- report with an end date, else the latest); the latest episode with no end date runs to
-- 31 March of the year judged, other episodes without a parsed end date or start date count no
-- days. Ages come from the Header's DOB of the year judged; a DOB that does not parse skips the
-- row. Checked only when last year's return is held.
with

oc3 as (

    select
        oc3.*,
        cohort.dob as header_dob
    from ({{ oc3_in_history_scope() }}) as oc3
    inner join {{ ref('int_validation__cohorts') }} as cohort
        on
            oc3.la_code = cohort.la_code
            and oc3.collection_year = cohort.collection_year
            and oc3.child = cohort.child
    where cohort.dob is not null

),

reports as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child, decom
            order by case when dec is null then 1 else 0 end, dec asc, return_year desc
        ) as report_number
    from ({{ episodes_in_history_scope() }}) as episodes
    where decom is not null

),

oc3_children as (

    select distinct
        la_code,
        collection_year,
        child,
        header_dob
    from oc3

),

episodes as (

    select
        reports.*,
        oc3.header_dob,
        {{ dbt.dateadd('year', 14, 'oc3.header_dob') }} as fourteenth_birthday,
        {{ dbt.dateadd('year', 16, 'oc3.header_dob') }} as sixteenth_birthday,
        row_number() over (
            partition by reports.la_code, reports.collection_year, reports.child
            order by reports.decom desc, reports.return_year desc
        ) as recency
    from reports
    inner join oc3_children as oc3
        on
            reports.la_code = oc3.la_code
            and reports.collection_year = oc3.collection_year
            and reports.child = oc3.child
    where reports.report_number = 1

),

spans as (

    select
        *,
        case
            when dec is null and recency = 1 then {{ collection_end() }} else dec
        end as ended_on,
        case when decom > fourteenth_birthday then decom else fourteenth_birthday end
            as counted_from_14,
        case when decom > sixteenth_birthday then decom else sixteenth_birthday end
            as counted_from_16
    from episodes

),

care_histories as (

    select
        la_code,
        collection_year,
        child,
        sum(
            case
                when coalesce(ls, '') not in ('V3', 'V4') and ended_on > counted_from_14
                    then {{ dbt.datediff('counted_from_14', 'ended_on', 'day') }}
                else 0
            end
        ) as days_after_14th_birthday,
        sum(
            case
                when coalesce(ls, '') not in ('V3', 'V4') and ended_on > counted_from_16
                    then {{ dbt.datediff('counted_from_16', 'ended_on', 'day') }}
                else 0
            end
        ) as days_after_16th_birthday,
        max(case when recency = 1 and rec in ('E11', 'E12') then 1 else 0 end) as adopted
    from spans
    group by la_code, collection_year, child

),

failing as (

    select oc3.* from oc3
    left join care_histories
        on
            oc3.la_code = care_histories.la_code
            and oc3.collection_year = care_histories.collection_year
            and oc3.child = care_histories.child
    where
        coalesce(care_histories.adopted, 0) = 1
        or coalesce(care_histories.days_after_14th_birthday, 0) < 91
        or coalesce(care_histories.days_after_16th_birthday, 0) < 1

)

select
    {{ rule_failures('1001', 'OC3', values=labelled(care_leaver_items()), judged_on='judged_on') }}
from failing
