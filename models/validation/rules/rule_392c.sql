-- 392c: a home or placement postcode, where given, must be a real postcode: one the ONS postcode
-- directory holds (matched trimmed, in upper case, without spaces, as DfE's tools match it).
-- The directory is reference data (`cic reference postcodes`); until it is loaded the rule can
-- only check the shape of a UK postcode (one or two letters, a digit, an optional letter or
-- digit, optional spaces, a digit and two letters) and reports the postcodes that do not have it.
with

episodes as (

    select * from {{ ref('int_ssda903__placement_la') }}

),

checked as (

    select
        episodes.*,
        case
            when episodes.home_post is null then false
            when episodes.postcode_directory_loaded then not episodes.home_post_in_directory
            else not {{ regex_full_match('episodes.home_post', "'" ~ uk_postcode_shape() ~ "'") }}
        end as home_post_invalid,
        case
            when episodes.pl_post is null then false
            when episodes.postcode_directory_loaded then not episodes.pl_post_in_directory
            else not {{ regex_full_match('episodes.pl_post', "'" ~ uk_postcode_shape() ~ "'") }}
        end as pl_post_invalid
    from episodes

),

failing as (

    select * from checked
    where home_post_invalid or pl_post_invalid

)

select
    {{ rule_failures(
        '392c', 'Episodes', locator='decom_text',
        values={'HOME_POST': 'home_post', 'PL_POST': 'pl_post'}
    ) }}
from failing
