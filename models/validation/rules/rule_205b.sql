-- 205B: a child who is UASC (status 1) both this year and last year must have dates UASC ceased
-- that agree: where last year gave a date, it must be the child's 18th birthday (from last
-- year's UASC date of birth, else the Header's) and this year must give the same date; where
-- last year gave none (the child was still UASC), a date given this year must fall within this
-- collection year. No date in either year (the child is still UASC) is consistent. The reference
-- validator also flags those two consistent cases, and passes a date this year that differs
-- from last year's (known defect uasc_205b_dates). Reported
-- in the Header and, where the child has one, in this year's UASC table.
{% set eighteenth = dbt.dateadd('year', 18, 'coalesce(last_uasc_dob, last_dob)') %}
{{ uasc_previous_year_rule('205B',
    where="uasc_status = '1' and last_uasc_status = '1' and ("
        ~ "(last_duc_text is not null and (last_duc is null or duc is null"
        ~ " or last_duc <> " ~ eighteenth ~ " or duc <> last_duc))"
        ~ " or (last_duc_text is null and duc_text is not null and (duc is null"
        ~ " or duc < " ~ collection_start() ~ " or duc > " ~ collection_end() ~ ")))",
    values={'DUC': 'duc_text', 'DUC_LAST': 'last_duc_text'}) }}
