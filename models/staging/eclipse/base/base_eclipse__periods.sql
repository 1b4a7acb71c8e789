-- Eclipse periods of care of kept persons, with the primary need and the previous permanence
-- option mapped, and the reason care ceased: the end reason of the period's last episode row.
with

periods as (

    {{ cms_current_rows('eclipse', 'claperiodofcareview') }}

),

persons as (

    select * from {{ ref('base_eclipse__persons') }}

),

last_rows as (

    select
        la_code,
        period_of_care_ref,
        max(episode_seq) as episode_seq
    from {{ ref('base_eclipse__episodes') }}
    group by la_code, period_of_care_ref

),

last_episodes as (

    select
        episodes.la_code,
        episodes.period_of_care_ref,
        episodes.end_reason_code
    from {{ ref('base_eclipse__episodes') }} as episodes
    inner join last_rows
        on
            episodes.la_code = last_rows.la_code
            and episodes.period_of_care_ref = last_rows.period_of_care_ref
            and episodes.episode_seq = last_rows.episode_seq

),

cleaned as (

    select
        persons.la_code,
        persons.child_id,
        trim(periods.periodofcareid) as period_of_care_id,
        {{ cms_date('periods.admissiondate') }} as started_on,
        {{ cms_date('periods.dischargedate') }} as ended_on,
        nullif(trim(periods.primaryneedcategory), '') as need_value,
        nullif(trim(periods.previouspermanenceoption), '') as permanence_value,
        nullif(trim(periods.previouspermanencela), '') as permanence_la_code,
        nullif(trim(periods.previouspermanencedate), '') as permanence_date_text
    from periods
    inner join persons
        on
            periods._la_code = persons.la_code
            and trim(periods.personid) = persons.person_id

)

select
    cleaned.la_code,
    cleaned.child_id,
    cleaned.period_of_care_id,
    cleaned.started_on,
    cleaned.ended_on,
    cleaned.need_value,
    {{ local_code('cin', 'cleaned.need_value') }} as category_of_need_code,
    {{ local_code_is_mapped('cin') }} as need_mapped,
    case
        when cleaned.ended_on is not null then last_episodes.end_reason_code
    end as reason_ceased_code,
    cleaned.permanence_value,
    {{ local_code('perm', 'cleaned.permanence_value') }} as permanence_option_code,
    {{ local_code_is_mapped('perm') }} as permanence_mapped,
    cleaned.permanence_la_code,
    cleaned.permanence_date_text
from cleaned
left join last_episodes
    on
        cleaned.la_code = last_episodes.la_code
        and cleaned.period_of_care_id = last_episodes.period_of_care_ref
{{ local_code_joins(
    'cin', 'eclipse', 'category_of_need', 'cleaned.need_value', 'cleaned.la_code'
) }}
{{ local_code_joins(
    'perm', 'eclipse', 'previous_permanence', 'cleaned.permanence_value', 'cleaned.la_code'
) }}
