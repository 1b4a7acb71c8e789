-- SW11bSTG2: a social worker episode that ended in the last days of the collection year (on or
-- after 26 March, i.e. within 5 days before 31 March) must be followed by another episode of
-- the child, one that started after it did. The end date must parse.
with

sw_episodes as (

    select * from {{ ref('ssda903__sw_episodes') }}

),

ended_at_year_end as (

    select * from sw_episodes
    where
        sw_dec >= {{ dbt.dateadd('day', -5, collection_end()) }}
        and sw_dec <= {{ collection_end() }}

),

failing as (

    select * from ended_at_year_end
    where not exists (
            select 1
            from sw_episodes as later_episode
            where
                later_episode.la_code = ended_at_year_end.la_code
                and later_episode.collection_year = ended_at_year_end.collection_year
                and later_episode.child = ended_at_year_end.child
                and later_episode.sw_decom > ended_at_year_end.sw_decom
        )

)

select
    {{ rule_failures(
        'SW11bSTG2', 'SWEpisodes', locator='sw_decom_text',
        values={'SW_DECOM': 'sw_decom_text', 'SW_DEC': 'sw_dec_text'}
    ) }}
from failing
