-- Ofsted provider premises as loaded by `cic reference providers`: one row per list row.
with

source as (

    select * from {{ source('reference_data', 'providers') }}

)

select
    upper({{ trim_spaces('urn') }}) as urn,
    la_code,
    la_code_from,
    la_name,
    postcode,
    place_codes,
    provider_codes,
    reg_end,
    {{ parse_dmy_date('reg_end') }} as reg_end_date,
    source_list,
    source_file,
    source_row
from source
