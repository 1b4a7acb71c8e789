-- Every Eclipse local value that goes through a local mapping (local_code_map, source eclipse):
-- one row per value of a kept person's row, the value as it arrived (trimmed), its DfE code (the
-- value itself when nothing maps it) and whether it maps. This is the one list of the family's
-- mapped columns: the contract models take their codes from here (cms_coded_join,
-- cms_form_answers) and stg_eclipse__code_values counts them.
{#- (relation below, domain, column, a further condition on its rows) #}
{%- set usages = [
    ('persons', 'sex', 'sex_value', none),
    ('persons', 'ethnicity', 'ethnicity_value', none),
    ('episodes', 'legal_status', 'legal_status_value', none),
    ('episodes', 'placement_type', 'placement_type_value', none),
    ('episodes', 'placement_provider', 'provider_value', none),
    ('episodes', 'placement_change_reason', 'change_reason_value', none),
    ('episodes', 'reason_ceased', 'end_reason_value', none),
    ('periods', 'category_of_need', 'need_value', none),
    ('periods', 'previous_permanence', 'permanence_value', none),
    ('allocations', 'sw_reason', 'allocationreasoncode', none),
] %}
{#- The answers of forms: (domain, form, control). #}
{%- for domain, form, control in [
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
    {%- do usages.append((
        'answers', domain, 'answer_value',
        "answers.form_name = '" ~ form ~ "' and answers.control_name = '" ~ control ~ "'"
    )) %}
{%- endfor %}
with

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

episodes as (

    select * from {{ ref('base_eclipse__episodes') }}

),

periods as (

    select * from {{ ref('base_eclipse__periods') }}

),

allocation_rows as (

    {{ cms_person_rows(
        'eclipse', 'workerallocationpersonview', 'base_eclipse__persons', 'personid',
        'person_id'
    ) }}

),

allocations as (

    select * from allocation_rows
    where {{ clean_code('allocationtype') }} = 'SOCIAL_WORKER'

),

answers as (

    select * from {{ ref('base_eclipse__form_answers') }}

),

coded as (
    {%- for relation, domain, column, condition in usages %}

        {#- A placement type maps on its placement's start date. #}
        {{ cms_coded_rows(
            'eclipse', relation, domain, column, where=condition,
            on_date='episodes.placement_started_on' if domain == 'placement_type' else none
        ) }}
        {{ 'union all' if not loop.last }}
    {%- endfor %}

)

select * from coded
