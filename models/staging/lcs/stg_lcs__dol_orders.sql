-- CDM deprivation of liberty orders from LCS FACT_DOL_ORDER.

with

orders as (

    {{ cms_current_rows('lcs', 'fact_dol_order') }}

),

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    persons.la_code,
    persons.child_id,
    {{ cms_date('orders.start_dttm') }} as started_on,
    {{ cms_date('orders.end_dttm') }} as ended_on
from orders
inner join persons
    on
        orders._la_code = persons.la_code
        and trim(orders.dim_person_id) = persons.dim_person_id
