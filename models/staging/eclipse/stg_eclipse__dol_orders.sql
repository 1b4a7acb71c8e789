-- Deprivation of liberty orders (CDM contract): one per 'DoL Order' form.
select
    la_code,
    child_id,
    max(case when control_name = 'orderstartdate' then answer_date end) as started_on,
    max(case when control_name = 'orderenddate' then answer_date end) as ended_on
from {{ ref('base_eclipse__form_answers') }}
where form_name = 'dol order'
group by la_code, child_id, form_id
