{#- Periods of a child that must not overlap (574 missing incidents, 579 decisions to place for
    adoption, 705 DoLOs): the child's rows of `table_name` (those where `where` holds) in the
    order `order_by`; a row after the first fails `rule_code` when the row before it has no
    valid end (`end` null: blank or not a date) or ends after this one starts. `values` may
    name previous_end_text, the previous row's end as landed. One rule model's whole query. -#}
{% macro starts_before_previous_ends(
    rule_code, table_name, start, end, order_by, values, where=none
) %}
with

periods as (

    select * from {{ ref('ssda903__' ~ table_name) }}
    {%- if where %}
    where {{ where }}
    {%- endif %}

),

sequenced as (

    select
        *,
        lag({{ end }}) over child_order as previous_end,
        lag({{ end }}_text) over child_order as previous_end_text,
        row_number() over child_order as position_in_child
    from periods
    window child_order as (
        partition by la_code, collection_year, child
        order by {{ order_by }}
    )

),

failing as (

    select * from sequenced
    where
        position_in_child > 1
        and (previous_end is null or {{ start }} < previous_end)

)

select
    {{ rule_failures(
        rule_code, ssda903_table(table_name).dfe_name,
        locator=ssda903_table(table_name).locator, values=values
    ) }}
from failing
{% endmacro %}
