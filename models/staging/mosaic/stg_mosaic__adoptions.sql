-- Adoptions (CDM contract): one per 'Adoption Matching' form, tied to the period of care the
-- decision falls in (the latest one started on or before it).
with

forms as (

    {{ cms_form_answers('mosaic', 'Adoption Matching', [
        ('decided_on', 'Date of decision to place for adoption', 'date_answer'),
        ('matched_on', 'Date matched with adopters', 'date_answer'),
        ('fostered_by_adopters', 'Adopted by former foster carers', 'text_answer'),
        ('number_of_adopters', 'Number of adopters', 'text_answer'),
        ('adopter_sex_code', 'Sex of adopters', 'upper(text_answer)'),
        ('adopter_legal_status_code', 'Legal status of adopters', 'upper(text_answer)'),
    ]) }}

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
