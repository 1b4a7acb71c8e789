-- UASC statuses (CDM contract): one per 'UASC Status' form.
select
    la_code,
    child_id,
    max(case when control_name = 'uascstartdate' then answer_date end) as started_on,
    max(case when control_name = 'uascenddate' then answer_date end) as ended_on
from {{ ref('base_eclipse__form_answers') }}
where form_name = 'uasc status'
group by la_code, child_id, form_id
