{#- Every row names a child who has a Header row in the same LA's return for the same year. -#}
{% test has_header_row(model) %}

select
    rows_to_check.la_code,
    rows_to_check.collection_year,
    rows_to_check._source_file,
    rows_to_check._source_row
from {{ model }} as rows_to_check
left join {{ ref('ssda903__header') }} as header
    on
        rows_to_check.la_code = header.la_code
        and rows_to_check.collection_year = header.collection_year
        and rows_to_check.child = header.child
where header.child is null

{% endtest %}
