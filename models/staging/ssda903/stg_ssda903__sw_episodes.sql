-- The SWEpisodes rows of each LA's current sw_episodes file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__sw_episodes') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'sw_episodes'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ clean_code('source.sw_id') }} as sw_id,
        {{ parse_dmy_date('source.sw_decom') }} as sw_decom,
        {{ clean_text('source.sw_decom') }} as sw_decom_text,
        {{ parse_dmy_date('source.sw_dec') }} as sw_dec,
        {{ clean_text('source.sw_dec') }} as sw_dec_text,
        {{ clean_code('source.sw_reason') }} as sw_reason,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
