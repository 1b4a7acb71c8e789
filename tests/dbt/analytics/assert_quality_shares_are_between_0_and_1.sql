-- A quality signal is a share of a measure's inputs: between 0 and 1, for a registered measure.
with

measure_quality as (

    select * from {{ ref('analytics__measure_quality') }}

)

select
    time_period,
    la_code,
    measure_id,
    signal,
    share
from measure_quality
where
    share is null
    or share < 0
    or share > 1
    or measure_label is null
    or la_code is null
    or signal is null
