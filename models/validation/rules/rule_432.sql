-- 432: when the previous episode ended the period of care (any valid reason for ceasing other than
-- X1), the next episode must start a new one (RNE S). An invalid code is left to the code-list
-- rule; a blank RNE after a reason that ends care fails. Episodes are taken in order of start date.
with

episodes as (

    select * from {{ ref('int_validation__episode_sequence') }}

),

reasons_episode_ceased as (

    {{ code_list('episodes', 'REC') }}

),

failing as (

    select episodes.* from episodes
    inner join reasons_episode_ceased as ceasing_reasons
        on
            episodes.collection_year = ceasing_reasons.collection_year
            and episodes.previous_rec = ceasing_reasons.code
    where
        ceasing_reasons.code != 'X1'
        and coalesce(episodes.rne, '') != 'S'

)

select
    {{ rule_failures(
        '432', 'Episodes', locator='decom_text',
        values={'RNE': 'rne', 'PREVIOUS_REC': 'previous_rec'}
    ) }}
from failing
