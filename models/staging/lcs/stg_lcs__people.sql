-- CDM people from LCS DIM_PERSON (children in the return only; see base_lcs__persons).
with

persons as (

    select * from {{ ref('base_lcs__persons') }}

)

select
    la_code,
    child_id,
    sex_code,
    born_on,
    ethnicity_code,
    first_child_born_on
from persons
