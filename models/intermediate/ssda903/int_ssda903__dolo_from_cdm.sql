-- The DoLO table (from 2026-27) derived from the common data model for each derived collection
-- year: every deprivation of liberty order overlapping the year, for children looked after in
-- it. DOLO_END is blank when the order ended after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after', first_year='2026-27') }}

),

orders as (

    select * from {{ ref('int_cdm__dol_orders') }}

),

dolo as (

    select
        children.la_code,
        children.collection_year,
        children.child_id as child,
        {{ ssda903_date('children.born_on', 'dob') }},
        {{ ssda903_date('orders.started_on', 'dolo_start') }},
        {{ ssda903_date(
            'orders.ended_on', 'dolo_end', when='orders.ended_on <= children.year_end'
        ) }},
        {{ ssda903_derived_source() }}
    from children
    inner join orders
        on
            {{ cdm_key_join('children', 'orders') }}
            and {{ ssda903_overlaps_year('orders', 'children') }}

)

select * from dolo
