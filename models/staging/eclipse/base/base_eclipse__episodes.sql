-- Eclipse episode-of-care rows of kept persons, in order within each period of care (by start
-- date, then by id: a change entered later with an earlier date, such as a backdated legal
-- status, takes its place by date), with the legal status and placement each row belongs to.
-- Eclipse writes one row per legal status x placement x carer/address change, so a legal status
-- (a placement) is an island of contiguous rows with the same status (the same type, provider,
-- URN, postcode and carer, no change reason on the row before). Local values as they arrived
-- (base_eclipse__coded_values maps them, a placement type on its placement's start date).
{#- (column compared, compared upper case): a change in any starts a new placement. #}
{%- set placement_columns = [
    ('placement_type_value', true),
    ('provider_value', true),
    ('provider_urn', false),
    ('placement_postcode', false),
    ('carer_id', false),
] %}
{%- set in_period %}
    partition by la_code, child_id, period_of_care_ref
    order by started_on asc nulls last, episode_seq asc
{%- endset %}
with

episodes as (

    {{ cms_person_rows(
        'eclipse', 'claepisodeofcareview', 'base_eclipse__persons', 'personid', 'person_id'
    ) }}

),

cleaned as (

    select
        la_code,
        child_id,
        _load_id,
        _source_row,
        {{ trim_spaces('periodofcareid') }} as period_of_care_ref,
        try_cast({{ trim_spaces('episodeofcareid') }} as bigint) as episode_seq,
        {{ cms_date('eocstartdate') }} as started_on,
        {{ cms_date('eocenddate') }} as ended_on,
        {{ clean_text('legalstatus') }} as legal_status_value,
        {{ clean_text('placementtypecode') }} as placement_type_value,
        {{ clean_text('placementprovisioncode') }} as provider_value,
        {{ clean_code('ofstedurn') }} as provider_urn,
        {{ clean_postcode('placementpostcode') }} as placement_postcode,
        {{ clean_text('carerid') }} as carer_id,
        {{ clean_text('placementchangereasoncode') }} as change_reason_value,
        {{ clean_text('eocendreasoncode') }} as end_reason_value
    from episodes

),

compared as (

    select
        *,
        row_number() over ({{ in_period }}) as row_in_period,
        lag(upper(legal_status_value)) over ({{ in_period }}) as previous_legal_status,
        {%- for column, folded in placement_columns %}
            lag({{ 'upper(' ~ column ~ ')' if folded else column }}) over ({{ in_period }})
                as previous_{{ column }},
        {%- endfor %}
        lag(change_reason_value) over ({{ in_period }}) as previous_change_reason
    from cleaned

),

flagged as (

    select
        *,
        case
            when row_in_period = 1 then 1
            when coalesce(upper(legal_status_value), '') != coalesce(previous_legal_status, '')
                then 1
            else 0
        end as starts_legal_status,
        case
            when row_in_period = 1 then 1
            when previous_change_reason is not null then 1
            {%- for column, folded in placement_columns %}
                when
                    coalesce({{ 'upper(' ~ column ~ ')' if folded else column }}, '')
                    != coalesce(previous_{{ column }}, '')
                    then 1
            {%- endfor %}
            else 0
        end as starts_placement
    from compared

),

islands as (

    select
        *,
        sum(starts_legal_status) over (
            {{ in_period }}
            rows between unbounded preceding and current row
        ) as legal_status_number,
        sum(starts_placement) over (
            {{ in_period }}
            rows between unbounded preceding and current row
        ) as placement_number
    from flagged

)

select
    la_code,
    child_id,
    _load_id,
    _source_row,
    period_of_care_ref,
    episode_seq,
    row_in_period,
    started_on,
    ended_on,
    legal_status_number,
    placement_number,
    min(started_on) over (
        partition by la_code, child_id, period_of_care_ref, placement_number
    ) as placement_started_on,
    legal_status_value,
    placement_type_value,
    provider_value,
    provider_urn,
    placement_postcode,
    carer_id,
    change_reason_value,
    end_reason_value
from islands
