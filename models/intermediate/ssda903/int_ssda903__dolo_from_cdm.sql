-- The DoLO table (from 2026-27) derived from the common data model for each derived collection
-- year: every deprivation of liberty order overlapping the year, for children looked after in
-- it. DOLO_END is blank when the order ended after 31 March (or has not yet).
with

years as (

    {{ ssda903_derived_year_rows('2026-27') }}

),

children as (

    select children_in_year.*
    from {{ ref('int_ssda903__children_in_year_from_cdm') }} as children_in_year
    inner join years on children_in_year.collection_year = years.collection_year
    where children_in_year.is_looked_after

),

orders as (

    select * from {{ ref('int_cdm__dol_orders') }}

),

dolo as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        children.born_on as dob,
        {{ format_dmy_date('children.born_on') }} as dob_text,
        orders.started_on as dolo_start,
        {{ format_dmy_date('orders.started_on') }} as dolo_start_text,
        case when orders.ended_on <= children.year_end then orders.ended_on end as dolo_end,
        case
            when orders.ended_on <= children.year_end
                then {{ format_dmy_date('orders.ended_on') }}
        end as dolo_end_text,
        cast(null as {{ dbt.type_string() }}) as _source_file,
        cast(null as {{ dbt.type_int() }}) as _source_row
    from children
    inner join orders
        on
            children.la_code = orders.la_code
            and children.source_system = orders.source_system
            and children.child_id = orders.child_id
            and children.year_end >= orders.started_on
            and (orders.ended_on is null or children.year_start <= orders.ended_on)

)

select * from dolo
