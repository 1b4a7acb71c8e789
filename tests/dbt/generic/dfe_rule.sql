{#- One test per implemented DfE rule, on validation.errors: it warns with the rule's count of
    failing records, so `dbt build` reports every failing rule by its code. -#}
{% test dfe_rule(model, rule_code) %}

select * from {{ model }}
where rule_code = '{{ rule_code }}'

{% endtest %}
