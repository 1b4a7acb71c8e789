-- The DoLO table (from 2026-27) derived from the common data model for each derived collection
-- year: every deprivation of liberty order overlapping the year, for children looked after in
-- it. DOLO_END is blank when the order ended after 31 March (or has not yet).
with

children as (

    {{ ssda903_children_in_year('children_in_year.is_looked_after', first_year='2026-27') }}

),

dolo as (

    select
        {{ ssda903_child_columns('children') }},
        {{ ssda903_date('orders.started_on', 'dolo_start') }},
        {{ ssda903_date(
            'orders.ended_on', 'dolo_end', when='orders.ended_on <= children.year_end'
        ) }},
        {{ ssda903_derived_source() }}
    from children
    inner join {{ ref('int_cdm__dol_orders') }} as orders
        on {{ ssda903_child_record_in_year('children', 'orders') }}

)

select * from dolo
