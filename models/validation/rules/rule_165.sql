-- 165: MOTHER, where given, must be 0 or 1 and the child must be a girl; where blank, the child
-- must be a boy, or have no episode in the collection year and a care leaver (OC3) record. As
-- DfE's validator reads it, only children with an episode under a legal status other than V3 or
-- V4 (short breaks) are judged, and a girl with MOTHER given, no such episode in the year and OC3
-- details also fails. An episode is in the year when it starts on or before 31 March and has not
-- ended (DEC blank or not a date) or ended on or after 1 April. SEX is M/F (1/2 up to 2023-24).
-- The Header is reported, with the child's OC3 records.
with

episodes as (

    select
        la_code,
        collection_year,
        child,
        max(
            case
                when
                    coalesce(dec, {{ collection_end() }}) >= {{ collection_start() }}
                    and decom <= {{ collection_end() }}
                    then 1
                else 0
            end
        ) as in_year
    from {{ ref('ssda903__episodes') }}
    where coalesce(ls, '') not in ('V3', 'V4')
    group by la_code, collection_year, child

),

oc3 as (

    select * from {{ ref('ssda903__oc3') }}

),

oc3_children as (

    select distinct
        la_code,
        collection_year,
        child
    from oc3
    where
        in_touch is not null
        or activ is not null
        or accom is not null

),

checked as (

    select
        header_rows.*,
        {{ sex_letter('header_rows.sex', 'header_rows.collection_year') }} as sex_code,
        episodes.in_year = 1 as in_year,
        oc3_children.child is not null as has_oc3
    from {{ ref('ssda903__header') }} as header_rows
    inner join episodes
        on
            header_rows.la_code = episodes.la_code
            and header_rows.collection_year = episodes.collection_year
            and header_rows.child = episodes.child
    left join oc3_children
        on
            header_rows.la_code = oc3_children.la_code
            and header_rows.collection_year = oc3_children.collection_year
            and header_rows.child = oc3_children.child

),

failing as (

    select * from checked
    where
        (mother is not null and mother not in ('0', '1'))
        or (mother is not null and sex_code = 'M')
        or (mother is null and sex_code = 'F' and in_year)
        or (mother is not null and sex_code = 'F' and not in_year and has_oc3)

),

failing_oc3 as (

    select * from oc3
    where
        exists (
            select 1 from failing
            where
                failing.la_code = oc3.la_code
                and failing.collection_year = oc3.collection_year
                and failing.child = oc3.child
        )

)

select
    {{ rule_failures('165', 'Header', values={'SEX': 'sex', 'MOTHER': 'mother'}) }}
from failing

union all

select
    {{ rule_failures(
        '165', 'OC3',
        values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
    ) }}
from failing_oc3
