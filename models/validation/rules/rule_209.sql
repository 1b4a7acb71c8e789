-- 209: UN1 (no UPN, not of school age) cannot be used for a child who was 4 or older on
-- 31 August of the calendar year before the collection year starts (31/08/2024 for 2025-26).
-- A date of birth that does not parse is left to rule 102.
{% set school_age_date -%}
    cast(concat(
        cast({{ collection_start_year() }} - 1 as {{ dbt.type_string() }}), '-08-31'
    ) as date)
{%- endset %}
{{ single_table_rule('209', 'header',
    where="upn = 'UN1' and " ~ dbt.dateadd('year', 4, 'dob') ~ " <= " ~ school_age_date,
    values={'UPN': 'upn', 'DOB': 'dob_text'}) }}
