-- The AD1 rows of each LA's current ad1 file: values trimmed, codes upper case,
-- dates parsed with the original text kept beside them. Superseded loads are left out.
with

source as (

    select * from {{ source('raw', 'ssda903__ad1') }}

),

current_loads as (

    select load_id from {{ ref('stg_ssda903__current_loads') }}
    where table_name = 'ad1'

),

cleaned as (

    select
        source._la_code as la_code,
        source._collection_year as collection_year,
        {{ clean_text('source.child') }} as child,
        {{ parse_dmy_date('source.dob') }} as dob,
        {{ clean_text('source.dob') }} as dob_text,
        {{ parse_dmy_date('source.date_int') }} as date_int,
        {{ clean_text('source.date_int') }} as date_int_text,
        {{ parse_dmy_date('source.date_match') }} as date_match,
        {{ clean_text('source.date_match') }} as date_match_text,
        {{ clean_code('source.foster_care') }} as foster_care,
        {{ clean_code('source.nb_adoptr') }} as nb_adoptr,
        {{ clean_code('source.sex_adoptr') }} as sex_adoptr,
        {{ clean_code('source.ls_adoptr') }} as ls_adoptr,
        source._load_id,
        source._source_file,
        source._source_row
    from source
    inner join current_loads on source._load_id = current_loads.load_id

)

select * from cleaned
