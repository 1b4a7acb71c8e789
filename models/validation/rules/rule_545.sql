-- 545: a child in the OC2 cohort (looked after continuously for 12 months at 31 March) who is
-- under 5 on 31 March has the health surveillance item (HEALTH_CHECK) given.
-- The cohort as DfE derives it: the child has an episode open at some time in the year, and no
-- episode in the year shows a break: none starts a period of care (RNE S) after 1 April, none
-- ends the period of care (REC other than X1) from 1 April to 30 March, none is a short-break
-- legal status (V3, V4). A child with no episodes is not in the cohort; a date of birth that
-- does not parse skips the record.
with

oc2 as (

    select * from {{ ref('ssda903__oc2') }}

),

episodes as (

    select
        *,
        {{ collection_start() }} as year_start,
        {{ collection_end() }} as year_end
    from {{ ref('ssda903__episodes') }}

),

episode_flags as (

    select
        la_code,
        collection_year,
        child,
        case
            when decom <= year_end and (dec >= year_start or dec is null) then 1 else 0
        end as in_year,
        case
            when rne = 'S' and decom > year_start and decom <= year_end then 1
            when
                coalesce(rec, '') != 'X1' and dec >= year_start and dec < year_end
                then 1
            when
                ls in ('V3', 'V4')
                and decom <= year_end
                and (dec >= year_start or dec is null)
                then 1
            else 0
        end as breaks_care
    from episodes

),

continuously_looked_after as (

    select
        la_code,
        collection_year,
        child
    from episode_flags
    group by la_code, collection_year, child
    having max(in_year) = 1 and max(breaks_care) = 0

),

failing as (

    select oc2.* from oc2
    inner join continuously_looked_after as cla
        on
            oc2.la_code = cla.la_code
            and oc2.collection_year = cla.collection_year
            and oc2.child = cla.child
    where
        oc2.dob is not null
        and {{ age_in_years('oc2.dob', collection_end('oc2.collection_year')) }} < 5
        and oc2.health_check is null

)

select
    {{ rule_failures('545', 'OC2', values={'DOB': 'dob_text', 'HEALTH_CHECK': 'health_check'}) }}
from failing
