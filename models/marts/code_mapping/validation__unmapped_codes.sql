-- Local values from CMS extracts that no mapping turns into a DfE code: one row per council,
-- source system, domain and value, with how many rows carry it. Such values reach the marts as
-- they arrived (never nulled or guessed); add a row to seeds/reference/local_code_map.csv (or,
-- for Mosaic, to the council's mapping groups) and rebuild.
with

code_values as (

    {{ cms_code_values() }}

),

unmapped as (

    select
        code_values.la_code,
        councils.la_name,
        code_values.source_system,
        code_values.domain,
        code_values.local_value,
        cast(sum(code_values.rows_affected) as bigint) as rows_affected
    from code_values
    left join {{ ref('stg_reference__councils') }} as councils
        on code_values.la_code = councils.la_code
    where not code_values.is_mapped
    group by
        code_values.la_code,
        councils.la_name,
        code_values.source_system,
        code_values.domain,
        code_values.local_value

)

select * from unmapped
