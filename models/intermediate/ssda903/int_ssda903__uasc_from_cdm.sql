-- The UASC table derived from the common data model for each derived collection year: children
-- with an unaccompanied-asylum-seeker status, looked after in the year and not in its OC3
-- cohort. DUC is the date the status ceased (the 18th birthday).
with

children as (

    select * from {{ ref('int_ssda903__children_in_year_from_cdm') }}
    where is_looked_after and not is_care_leaver

),

uasc_statuses as (

    select
        uasc_statuses.*,
        row_number() over (
            partition by
                uasc_statuses.la_code, uasc_statuses.source_system, uasc_statuses.child_id
            order by uasc_statuses.started_on desc nulls last, uasc_statuses.ended_on desc
        ) as recency
    from {{ ref('int_cdm__uasc_statuses') }} as uasc_statuses

),

sex_codes as (

    select
        collection_year,
        max(case when code = 'M' then 1 else 0 end) = 1 as uses_letters
    from {{ ref('ssda903_code_lists') }}
    where table_name = 'header' and field = 'SEX'
    group by collection_year

),

uasc as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        case
            when coalesce(sex_codes.uses_letters, false) then children.sex_code
            when children.sex_code = 'M' then '1'
            when children.sex_code = 'F' then '2'
            else children.sex_code
        end as sex,
        children.born_on as dob,
        {{ format_dmy_date('children.born_on') }} as dob_text,
        uasc_statuses.ended_on as duc,
        {{ format_dmy_date('uasc_statuses.ended_on') }} as duc_text,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from children
    inner join uasc_statuses
        on
            children.la_code = uasc_statuses.la_code
            and children.source_system = uasc_statuses.source_system
            and children.child_id = uasc_statuses.child_id
            and uasc_statuses.recency = 1
    left join sex_codes on children.collection_year = sex_codes.collection_year

)

select * from uasc
