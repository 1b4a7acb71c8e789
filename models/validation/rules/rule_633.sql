-- 633: the LA where the previous permanence option was arranged, where given, must be a valid code:
-- an English LA's 3-digit code (seed local_authorities, which has the 2023 Cumbrian successors 942
-- and 943, which the reference validator lacks), the year's listed codes (999 not known, WAL, SCO,
-- NIR, NUK), or the code of an English LA since reorganised, since an order may have been made
-- before its reorganisation: 835, 836, 837 (Dorset, Poole, Bournemouth, to 2019), 928
-- (Northamptonshire, to 2021) and 909 (Cumbria, to 2023).
with

prev_perm as (

    select * from {{ ref('ssda903__prev_perm') }}

),

local_authorities as (

    select la_code as code from {{ ref('local_authorities') }}

),

listed_codes as (

    {{ code_list('prev_perm', 'LA_PERM') }}

),

checked as (

    select
        prev_perm.*,
        coalesce(local_authorities.code, listed_codes.code) as valid_code
    from prev_perm
    left join local_authorities
        on prev_perm.la_perm = local_authorities.code
    left join listed_codes
        on
            prev_perm.collection_year = listed_codes.collection_year
            and prev_perm.la_perm = listed_codes.code

),

failing as (

    select * from checked
    where
        la_perm is not null
        and valid_code is null
        and la_perm not in ('835', '836', '837', '909', '928')

)

select
    {{ rule_failures('633', 'PrevPerm', values={'LA_PERM': 'la_perm'}) }}
from failing
