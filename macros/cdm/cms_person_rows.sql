{#
    The current extract's rows of raw.<source_system>__<table> (cms_current_rows) that belong to
    a kept person of the family's persons model, with that person's la_code and child_id first.
    Rows of persons the model leaves out (test, duplicate, non-client records) are dropped.
    person_key: the raw table's column that points to the person (compared trimmed);
    persons_key: the persons model's column it points to (by default the same name).
#}
{% macro cms_person_rows(source_system, table, persons_model, person_key, persons_key=none) %}
    select
        persons.la_code,
        persons.child_id,
        raw_rows.*
    from ({{ cms_current_rows(source_system, table) }}) as raw_rows
    inner join {{ ref(persons_model) }} as persons
        on
            raw_rows._la_code = persons.la_code
            and {{ trim_spaces('raw_rows.' ~ person_key) }} = persons.{{ persons_key or person_key }}
{% endmacro %}
