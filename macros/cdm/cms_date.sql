{#
    A CMS date or datetime text (ISO 'YYYY-MM-DD', optionally followed by a time, as the lcs,
    mosaic and eclipse extracts write them) as a date. The placeholders CMSs put where a
    record has no date (1900-01-01, 9999-12-31) become null, and so does text that is no date.
#}
{% macro cms_date(column) -%}
    nullif(
        nullif(try_cast(left(trim({{ column }}), 10) as date), date '1900-01-01'),
        date '9999-12-31'
    )
{%- endmacro %}
