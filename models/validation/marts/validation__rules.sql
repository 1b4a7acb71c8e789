-- The rule catalogue by collection year, with how we implement each rule and what the latest
-- build found.
with

catalogue as (

    select * from {{ ref('rule_catalogue') }}

),

single_field as (

    select distinct rule_code from {{ ref('single_field_rules') }}

),

failures as (

    select
        collection_year,
        rule_code,
        count(*) as failing_records,
        count(distinct la_code || '|' || coalesce(child, '')) as failing_children
    from {{ ref('validation__errors') }}
    group by collection_year, rule_code

),

rules as (

    select
        catalogue.collection_year,
        catalogue.rule_code,
        catalogue.stage,
        catalogue.category,
        catalogue.tables,
        catalogue.fields,
        catalogue.message,
        case
            when single_field.rule_code is not null then 'single_field'
            -- The rule models' codes as one list: a select per rule, unioned, took sqlfluff
            -- seven times as long to lint.
            when
                upper(catalogue.rule_code) in (
                    {% for rule_model in rule_models() %}
                        '{{ rule_model[5:] | upper }}'{% if not loop.last %},{% endif %}
                    {% endfor %}
                )
                then 'rule_model'
            else 'not_implemented'
        end as implementation,
        coalesce(failures.failing_records, 0) as failing_records,
        coalesce(failures.failing_children, 0) as failing_children
    from catalogue
    left join single_field on upper(catalogue.rule_code) = upper(single_field.rule_code)
    left join failures
        on
            catalogue.rule_code = failures.rule_code
            and catalogue.collection_year = failures.collection_year

)

select * from rules
