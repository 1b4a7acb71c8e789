{#- An entity's key holds: every key column is given, and no two rows share the key within
    their `scope` columns (la_code). One test per model, not a not_null per column beside a
    uniqueness test: a nightly build pays for every test node. -#}
{% test entity_key(model, key_columns, scope=['la_code']) %}

select
    {{ (scope + key_columns) | join(', ') }},
    count(*) as rows_sharing_key
from {{ model }}
group by {{ (scope + key_columns) | join(', ') }}
having
    count(*) > 1
    {%- for column in key_columns %}
    or {{ column }} is null
    {%- endfor %}

{% endtest %}
