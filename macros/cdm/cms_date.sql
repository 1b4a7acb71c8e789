{#
    A CMS date or datetime text (ISO 'YYYY-MM-DD', optionally followed by a time, as the lcs,
    mosaic and eclipse extracts write them) as a date. The placeholders CMSs put where a
    record has no date (1900-01-01, 9999-12-31) become null, and so does text that is no date:
    validation.unreadable_cms_dates lists where an extract holds such text.
#}
{% macro cms_date(column) -%}
    nullif(nullif({{ cms_date_read(column) }}, date '1900-01-01'), date '9999-12-31')
{%- endmacro %}

{#- The date a CMS date text starts with, placeholders included; null when it starts with none. -#}
{% macro cms_date_read(column) -%}
    try_cast(left({{ trim_spaces(column) }}, 10) as date)
{%- endmacro %}

{#- True when a CMS date column holds text (not blank) that does not start with a date. -#}
{% macro unreadable_cms_date(column) -%}
    (nullif({{ trim_spaces(column) }}, '') is not null and {{ cms_date_read(column) }} is null)
{%- endmacro %}
