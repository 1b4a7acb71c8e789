-- CDM deprivation of liberty orders from LCS FACT_DOL_ORDER.

with

orders as (

    {{ cms_person_rows('lcs', 'fact_dol_order', 'base_lcs__persons', 'dim_person_id') }}

)

select
    orders.la_code,
    orders.child_id,
    {{ cms_date('orders.start_dttm') }} as started_on,
    {{ cms_date('orders.end_dttm') }} as ended_on
from orders
