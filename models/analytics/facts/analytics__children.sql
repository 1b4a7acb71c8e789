-- Each child a council's return for a year holds (in its Header or its Episodes), with the
-- characteristics DfE's statistics break figures down by: date of birth, sex, ethnic group,
-- whether a mother, and unaccompanied asylum-seeking status. Should the Header repeat a child,
-- the earliest date of birth and the first of the other fields (in file order) are kept.
-- DfE takes UASC status from the UASC table: a child listed there was unaccompanied until the
-- date it gives (DUC), or still is when that is blank; an XML Header's UASC flag of 1 counts the
-- same when the child is not listed.
with

header_rows as (

    select
        la_code,
        collection_year,
        child,
        dob,
        sex,
        ethnic,
        mother,
        uasc,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as copy_number,
        min(dob) over (partition by la_code, collection_year, child) as earliest_dob
    from {{ ref('ssda903__header') }}
    where child is not null

),

header as (

    select * from header_rows
    where copy_number = 1

),

uasc as (

    select
        la_code,
        collection_year,
        child,
        max(case when duc is null then 1 else 0 end) as still_uasc,
        max(duc) as duc
    from {{ ref('ssda903__uasc') }}
    where child is not null
    group by la_code, collection_year, child

),

children as (

    select
        la_code,
        collection_year,
        child
    from header
    union
    select
        la_code,
        collection_year,
        child
    from {{ ref('ssda903__episodes') }}
    where child is not null

),

groupings as (

    select * from {{ ref('measure_groupings') }}

)

select
    children.la_code,
    children.collection_year,
    {{ collection_start_year('children.collection_year') }} + 1 as time_period,
    children.child,
    header.earliest_dob as dob,
    header.sex as sex_code,
    coalesce(sex.label, 'Not known') as sex,
    header.ethnic,
    coalesce(ethnicity.label, 'Refused or information not yet available') as ethnicity_group,
    coalesce(header.mother = '1', false) as is_mother,
    uasc.child is not null or coalesce(header.uasc = '1', false) as was_uasc,
    case when uasc.still_uasc = 0 then uasc.duc end as uasc_ceased_date
from children
left join header
    on
        children.la_code = header.la_code
        and children.collection_year = header.collection_year
        and children.child = header.child
left join uasc
    on
        children.la_code = uasc.la_code
        and children.collection_year = uasc.collection_year
        and children.child = uasc.child
left join groupings as sex
    on sex.topic = 'sex' and header.sex = sex.code
left join groupings as ethnicity
    on ethnicity.topic = 'ethnicity' and header.ethnic = ethnicity.code
