-- The SWEpisodes table of the return, one row per landed row, for every LA and year.
with

sw_episodes as (

    select
        la_code,
        collection_year,
        child,
        dob,
        dob_text,
        sw_id,
        sw_decom,
        sw_decom_text,
        sw_dec,
        sw_dec_text,
        sw_reason,
        _source_file,
        _source_row
    from {{ ref('stg_ssda903__sw_episodes') }}

)

select * from sw_episodes
