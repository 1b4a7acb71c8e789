-- The DoLO rows of each LA's current dolo file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__dolo') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'dolo'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ parse_dmy_date('source.dolo_start') }} as dolo_start,
        {{ clean_text('source.dolo_start') }} as dolo_start_text,
        {{ parse_dmy_date('source.dolo_end') }} as dolo_end,
        {{ clean_text('source.dolo_end') }} as dolo_end_text,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
