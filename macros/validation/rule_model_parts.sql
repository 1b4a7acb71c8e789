{#- validation.errors is built from parts, each a table of its own, so that no one query holds
    every rule's working data at once (one query over every rule peaked at 4.5 GB on the
    national tier). A part is one model, models/validation/failures/
    int_validation__rule_failures_<part>.sql, that calls rule_model_part(<part>). -#}
{% macro rule_model_parts() -%}
    {{ return(8) }}
{%- endmacro %}

{#- The failures of one part: every rule_model_parts()-th rule model, from the part-th on. -#}
{% macro rule_model_part(part) -%}
    {%- set parts = rule_model_parts() -%}
    {%- if part < 1 or part > parts -%}
        {{ exceptions.raise_compiler_error('rule_model_part: part ' ~ part ~ ' of ' ~ parts ~ ': change rule_model_parts() to add a part') }}
    {%- endif -%}
    {%- for rule_model in rule_models()[part - 1::parts] %}
    select * from {{ ref(rule_model) }}
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}
{%- endmacro %}
