-- 385: an episode cannot cease after 31 March of the collection year. A DEC that does not
-- parse is reported by the date rule, not here.
with

episodes as (

    select * from {{ ref('ssda903__episodes') }}

),

failing as (

    select * from episodes
    where dec > {{ collection_end() }}

)

select
    {{ rule_failures(
        '385', 'Episodes', locator='decom_text', values={'DEC': 'dec_text'}
    ) }}
from failing
