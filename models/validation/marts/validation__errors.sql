-- One row per failing record per rule, for every LA and collection year, with the rule's stage,
-- fields and DfE message. Only rules in force in the record's collection year report.
with

single_field_failures as (

    select * from {{ ref('int_validation__single_field_errors') }}

),

rule_model_failures as (

    {% for part in range(1, rule_model_parts() + 1) %}
        select * from {{ ref('int_validation__rule_failures_' ~ part) }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

failures as (

    select * from single_field_failures
    union all
    select * from rule_model_failures

),

catalogue as (

    select * from {{ ref('rule_catalogue') }}

),

errors as (

    select
        failures.la_code,
        failures.collection_year,
        failures.rule_code,
        catalogue.stage,
        failures.table_name,
        failures.child,
        failures.locator,
        catalogue.fields,
        failures.offending_values,
        catalogue.message,
        failures._source_file,
        failures._source_row,
        failures.judged_on
    from failures
    inner join catalogue
        on
            failures.rule_code = catalogue.rule_code
            and failures.collection_year = catalogue.collection_year

)

select * from errors
