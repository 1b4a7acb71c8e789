{#- Fails with one row per row of the model: for marts that list problems to fix, such as
    validation.unmapped_codes, so that `dbt build` reports them (at the severity configured). -#}
{% test expect_no_rows(model) %}

    select * from {{ model }}

{% endtest %}
