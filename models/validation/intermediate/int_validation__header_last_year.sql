-- Every Header row of every council and collection year with the child's UASC status and UASC
-- record for the year, and the same child's Header and UASC record in the council's return of
-- the year before (last year's columns are null, and in_last_year false, when the child is not
-- in last year's Header or that return is not held). DfE's previous-year Header and UASC rules
-- (202-208, 624, 626) and the cross-table UASC rules (303) read it. UASC status is the Header's
-- flag where the XML gives it, else whether the child has a row in the year's UASC table, as
-- DfE derives it for CSV returns. SEX is read as M/F/U in every year (1 and 2 before 2024-25
-- are M and F), so that codes of different years compare.
with

header as (

    select * from {{ ref('ssda903__header') }}

),

uasc as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        duc,
        duc_text,
        row_number() over (
            partition by la_code, collection_year, child
            order by _source_file asc, _source_row asc
        ) as uasc_row_number
    from {{ ref('ssda903__uasc') }}

),

with_status as (

    select
        header.*,
        {{ sex_letter('header.sex', 'header.collection_year') }} as sex_letter,
        coalesce(
            header.uasc,
            case when uasc.child is not null then '1' else '0' end
        ) as uasc_status,
        uasc.dob as uasc_dob,
        uasc.duc,
        uasc.duc_text,
        row_number() over (
            partition by header.la_code, header.collection_year, header.child
            order by header._source_file asc, header._source_row asc
        ) as header_row_number
    from header
    left join uasc
        on
            header.la_code = uasc.la_code
            and header.collection_year = uasc.collection_year
            and header.child = uasc.child
            and uasc.uasc_row_number = 1

),

last_year as (

    select * from with_status
    where header_row_number = 1

),

joined as (

    select
        this_year.*,
        last_year.child is not null as in_last_year,
        last_year.sex as last_sex,
        last_year.sex_letter as last_sex_letter,
        last_year.dob as last_dob,
        last_year.dob_text as last_dob_text,
        last_year.ethnic as last_ethnic,
        last_year.upn as last_upn,
        last_year.mother as last_mother,
        last_year.mc_dob as last_mc_dob,
        last_year.mc_dob_text as last_mc_dob_text,
        last_year.uasc_status as last_uasc_status,
        last_year.uasc_dob as last_uasc_dob,
        last_year.duc as last_duc,
        last_year.duc_text as last_duc_text
    from with_status as this_year
    left join last_year
        on
            this_year.la_code = last_year.la_code
            and {{ previous_collection_year('this_year.collection_year') }}
            = last_year.collection_year
            and this_year.child = last_year.child

)

select * from joined  -- noqa: AM04
