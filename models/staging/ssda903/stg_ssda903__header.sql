-- The Header rows of each LA's current header file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__header') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'header'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ clean_code('source.sex') }} as sex,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ clean_code('source.ethnic') }} as ethnic,
        {{ clean_code('source.upn') }} as upn,
        {{ clean_code('source.mother') }} as mother,
        {{ parse_dmy_date('source.mc_dob') }} as mc_dob,
        {{ clean_text('source.mc_dob') }} as mc_dob_text,
        {{ clean_code('source.uasc') }} as uasc,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
