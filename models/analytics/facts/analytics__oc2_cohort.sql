-- DfE's OC2 cohort (analytics-measures.md §3.8), one row per council, time period and child:
-- looked after on 31 March and continuously for at least 12 months before it. The cohort is the
-- one DfE's validation rules use (int_validation__cohorts, CONTINUOUSLY_LOOKED_AFTER: an episode
-- open in the year, no period of care starting (RNE S) after 1 April, none ending (REC other than
-- X1) in the year, no short break (LS V3, V4) in the year), and the child still looked after at
-- 31 March (a child whose care ended on 31 March itself is not). The child's OC2 row of the year
-- comes alongside (the first in file order should the return repeat the child; every outcome
-- null when the return has none). sdq_score is SDQ_SCORE as a whole number, null when blank or
-- not a number from 0 to 40. Age is in completed years at 31 March, from the Header.
with

cohort as (

    select * from {{ ref('int_validation__cohorts') }}
    where continuously_looked_after_12_months and looked_after_on_31_march

),

oc2 as (

    select
        *,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as copy_number
    from {{ ref('ssda903__oc2') }}
    where child is not null

),

scored as (

    select
        *,
        case
            when {{ regex_full_match('sdq_score', "'[0-9]{1,2}'") }}
                then cast(sdq_score as {{ dbt.type_int() }})
        end as sdq_number
    from oc2
    where copy_number = 1

)

select
    cohort.la_code,
    cohort.collection_year,
    {{ collection_start_year('cohort.collection_year') }} + 1 as time_period,
    cohort.child,
    cohort.dob,
    cohort.age_at_end as age,
    scored.child is not null as has_oc2_row,
    case when scored.sdq_number between 0 and 40 then scored.sdq_number end as sdq_score,
    scored.sdq_reason,
    scored.convicted,
    scored.health_check,
    scored.immunisations,
    scored.teeth_check,
    scored.health_assessment,
    scored.substance_misuse,
    scored.intervention_received,
    scored.intervention_offered
from cohort
left join scored
    on
        cohort.la_code = scored.la_code
        and cohort.collection_year = scored.collection_year
        and cohort.child = scored.child
