-- 708: a DoLO must start after the child's date of birth (as given in the DoLO table); a
-- start on or before it is reported. Rows where either date does not parse are skipped.
with

dolo as (

    select * from {{ ref('ssda903__dolo') }}

),

failing as (

    select * from dolo
    where dolo_start <= dob

)

select
    {{ rule_failures(
        '708', 'DoLO', locator='dolo_start_text',
        values={'DOB': 'dob_text', 'DOLO_START': 'dolo_start_text'}
    ) }}
from failing
