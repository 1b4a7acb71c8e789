-- The local code map, normalised for joining: local values trimmed and upper-cased, a blank
-- la_code (the row holds for every council on the source system) as null, dates typed.
with

source as (

    select * from {{ ref('local_code_map') }}

)

select
    nullif({{ trim_spaces('la_code') }}, '') as la_code,
    lower({{ trim_spaces('source_system') }}) as source_system,
    lower({{ trim_spaces('domain') }}) as domain,
    upper({{ trim_spaces('local_value') }}) as local_value,
    upper({{ trim_spaces('dfe_code') }}) as dfe_code,
    try_cast(valid_from as date) as valid_from,
    try_cast(valid_to as date) as valid_to
from source
