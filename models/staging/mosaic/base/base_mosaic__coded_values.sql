-- Every local value the mosaic extract codes: one row per value of a real child's row, the value
-- as it arrived (trimmed), its DfE code (the value itself when nothing maps it) and whether it
-- maps: through the LA's own mapping table (base_mosaic__mapping_groups) for the domains it maps,
-- through the local_code_map seed for the family's fixed wordings. This is the one list of the
-- family's mapped columns: the contract models take their codes from here (cms_coded_join,
-- cms_form_answers) and stg_mosaic__code_values counts them.
{#- (relation below, domain, column, mapped through the LA's mapping table, a condition) #}
{%- set usages = [
    ('persons', 'ethnicity', 'ethnicity_local', true, none),
    ('legal_statuses', 'legal_status', 'legal_status', true, none),
    ('splits', 'placement_type', 'placement_type_local', true, none),
    ('splits', 'category_of_need', 'category_of_need_local', true, none),
    ('splits', 'reason_ceased', 'reason_ceased_local', true, none),
    ('leavers', 'in_touch', 'in_touch', true, none),
    ('leavers', 'activity', 'main_activity', true, none),
    ('leavers', 'accommodation', 'accommodation', true, none),
    ('person_references', 'identifier_type', 'reference_type', false, none),
    (
        'answers', 'missing_type', 'text_answer', false,
        "answers.filter_name = 'Child Absent or Missing (Document)'"
        ~ " and answers.question = 'Missing or absent'"
    ),
] %}
with

persons as (

    select * from {{ ref('base_mosaic__persons') }}

),

splits as (

    select * from {{ ref('base_mosaic__placement_splits') }}

),

legal_statuses as (

    {{ cms_person_rows('mosaic', 'dm_legal_statuses', 'base_mosaic__persons', 'person_id') }}

),

leavers as (

    {{ cms_person_rows('mosaic', 'dm_former_looked_after', 'base_mosaic__persons', 'person_id') }}

),

person_references as (

    {{ cms_person_rows('mosaic', 'dm_person_references', 'base_mosaic__persons', 'person_id') }}

),

answers as (

    select * from {{ ref('base_mosaic__form_answers') }}

),

coded as (
    {%- for relation, domain, column, grouped, condition in usages %}

        {{ cms_coded_rows(
            'mosaic', relation, domain, column, where=condition, mapping_groups=grouped
        ) }}
        {{ 'union all' if not loop.last }}
    {%- endfor %}

)

select * from coded
