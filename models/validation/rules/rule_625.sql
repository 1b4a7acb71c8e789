-- 625: the date of birth of a mother's first child (MC_DOB) cannot be after the end of the
-- collection year, nor after the date the child ceased to be looked after: the DEC of her
-- latest episode (in DfE's order), where that episode has ended. The Header is reported, with
-- the latest episode when the child has one. An MC_DOB that does not parse is not judged (171).
with

header as (

    select * from {{ ref('ssda903__header') }}
    where mc_dob is not null

),

latest_episode as (

    select * from {{ ref('int_validation__episode_sequence') }}
    where episode_number = episodes_of_child

),

checked as (

    select
        header.*,
        latest_episode.dec as latest_dec,
        latest_episode.dec_text as latest_dec_text,
        latest_episode.decom_text as latest_decom_text,
        latest_episode._source_file as episode_source_file,
        latest_episode._source_row as episode_source_row,
        latest_episode.child is not null as has_episode
    from header
    left join latest_episode
        on
            header.la_code = latest_episode.la_code
            and header.collection_year = latest_episode.collection_year
            and header.child = latest_episode.child

),

failing as (

    select * from checked
    where
        mc_dob > {{ collection_end() }}
        or mc_dob > latest_dec

),

failing_episodes as (

    select
        la_code,
        collection_year,
        child,
        latest_decom_text,
        latest_dec_text,
        mc_dob_text,
        episode_source_file as _source_file,
        episode_source_row as _source_row
    from failing
    where has_episode

)

select
    {{ rule_failures(
        '625', 'Header', values={'MC_DOB': 'mc_dob_text', 'DEC': 'latest_dec_text'}
    ) }}
from failing

union all

select
    {{ rule_failures(
        '625', 'Episodes', locator='latest_decom_text',
        values={'MC_DOB': 'mc_dob_text', 'DEC': 'latest_dec_text'}
    ) }}
from failing_episodes
