-- Adoptions (CDM contract): one per 'Adoption Matching' form, tied to the period of care the
-- decision falls in (the latest one started on or before it).
with

forms as (

    select
        la_code,
        workflow_step_id,
        child_id,
        max(
            case
                when question = 'Date of decision to place for adoption' then date_answer
            end
        ) as decided_on,
        max(case when question = 'Date matched with adopters' then date_answer end)
            as matched_on,
        max(case when question = 'Adopted by former foster carers' then text_answer end)
            as fostered_by_adopters,
        max(case when question = 'Number of adopters' then text_answer end)
            as number_of_adopters,
        max(case when question = 'Sex of adopters' then upper(text_answer) end)
            as adopter_sex_code,
        max(case when question = 'Legal status of adopters' then upper(text_answer) end)
            as adopter_legal_status_code
    from {{ ref('base_mosaic__form_answers') }}
    where filter_name = 'Adoption Matching'
    group by la_code, workflow_step_id, child_id

),

periods as (

    select * from {{ ref('stg_mosaic__periods_of_care') }}

),

matched as (

    select
        forms.*,
        periods.period_of_care_id,
        row_number() over (
            partition by forms.la_code, forms.workflow_step_id
            order by periods.started_on desc
        ) as period_rank
    from forms
    left join periods
        on
            forms.la_code = periods.la_code
            and forms.child_id = periods.child_id
            and forms.decided_on >= periods.started_on

)

select
    la_code,
    child_id,
    period_of_care_id,
    decided_on,
    matched_on,
    fostered_by_adopters,
    number_of_adopters,
    adopter_sex_code,
    adopter_legal_status_code
from matched
where period_rank = 1
