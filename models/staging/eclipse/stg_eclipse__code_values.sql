-- Every local value that went through a local code mapping, per council and domain: the value
-- as it arrived (trimmed), whether it mapped (on every row carrying it) and how many rows carry
-- it. validation.unmapped_codes is built from these.
{%- set base_columns = [
    ('base_eclipse__persons', 'sex', 'sex_value', 'sex_mapped'),
    ('base_eclipse__persons', 'ethnicity', 'ethnicity_value', 'ethnicity_mapped'),
    ('base_eclipse__episodes', 'legal_status', 'legal_status_value', 'legal_status_mapped'),
    ('base_eclipse__episodes', 'placement_type', 'placement_type_value', 'placement_type_mapped'),
    ('base_eclipse__episodes', 'placement_provider', 'provider_value', 'provider_mapped'),
    (
        'base_eclipse__episodes', 'placement_change_reason', 'change_reason_value',
        'change_reason_mapped'
    ),
    ('base_eclipse__episodes', 'reason_ceased', 'end_reason_value', 'end_reason_mapped'),
    ('base_eclipse__periods', 'category_of_need', 'need_value', 'need_mapped'),
    ('base_eclipse__periods', 'previous_permanence', 'permanence_value', 'permanence_mapped'),
] %}
{%- set form_controls = [
    ('review_participation', 'cla review', 'childparticipation'),
    ('missing_type', 'missing or absent episode', 'absencetype'),
    ('adoption_reversal_reason', 'adoption decision', 'decisionreversedreason'),
    ('yes_no', 'adoption match', 'fosteredbyadopters'),
    ('adopter_sex', 'adoption match', 'adoptersex'),
    ('adopter_legal_status', 'adoption match', 'adopterlegalstatus'),
    ('sdq_reason', 'health outcomes', 'sdqreason'),
    ('yes_no', 'health outcomes', 'convicted'),
    ('yes_no', 'health outcomes', 'healthcheck'),
    ('yes_no', 'health outcomes', 'immunisations'),
    ('yes_no', 'health outcomes', 'teethcheck'),
    ('yes_no', 'health outcomes', 'healthassessment'),
    ('yes_no', 'health outcomes', 'substancemisuse'),
    ('yes_no', 'health outcomes', 'interventionreceived'),
    ('yes_no', 'health outcomes', 'interventionoffered'),
    ('care_leaver_in_touch', 'care leaver contact', 'intouch'),
    ('care_leaver_activity', 'care leaver contact', 'mainactivity'),
    ('care_leaver_accommodation', 'care leaver contact', 'accommodation'),
] %}
with

answers as (

    select * from {{ ref('base_eclipse__form_answers') }}

),

allocations as (

    {{ cms_current_rows('eclipse', 'workerallocationpersonview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

sw_reasons as (

    select
        persons.la_code,
        nullif(trim(allocations.allocationreasoncode), '') as reason_value
    from allocations
    inner join persons
        on
            allocations._la_code = persons.la_code
            and trim(allocations.personid) = persons.person_id
    where upper(trim(allocations.allocationtype)) = 'SOCIAL_WORKER'

),

coded as (

    {%- for relation, domain, value, mapped in base_columns %}
        select
            la_code,
            '{{ domain }}' as domain,  -- noqa: RF04
            {{ value }} as local_value,
            {{ mapped }} as is_mapped
        from {{ ref(relation) }}
        where {{ value }} is not null
        union all
    {%- endfor %}
    {%- for domain, form, control in form_controls %}
        select
            answers.la_code,
            '{{ domain }}' as domain,  -- noqa: RF04
            answers.answer_value as local_value,
            {{ local_code_is_mapped('f' ~ loop.index) }} as is_mapped
        from answers
        {{ local_code_joins(
            'f' ~ loop.index, 'eclipse', domain, 'answers.answer_value', 'answers.la_code'
        ) }}
        where
            answers.form_name = '{{ form }}'
            and answers.control_name = '{{ control }}'
            and answers.answer_value is not null
        union all
    {%- endfor %}
    select
        sw_reasons.la_code,
        'sw_reason' as domain,  -- noqa: RF04
        sw_reasons.reason_value as local_value,
        {{ local_code_is_mapped('sw') }} as is_mapped
    from sw_reasons
    {{ local_code_joins(
        'sw', 'eclipse', 'sw_reason', 'sw_reasons.reason_value', 'sw_reasons.la_code'
    ) }}
    where sw_reasons.reason_value is not null

)

select
    la_code,
    domain,  -- noqa: RF04
    local_value,
    min(case when is_mapped then 1 else 0 end) = 1 as is_mapped,
    count(*) as rows_affected
from coded
group by la_code, domain, local_value  -- noqa: RF04
