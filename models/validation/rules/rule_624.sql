-- 624: where last year's Header gave the date of birth of the mother's first child, this year's
-- must be the same date (compared as dates where both parse, else as landed; blank this year
-- contradicts it).
{% set this_year = "coalesce(cast(mc_dob as " ~ dbt.type_string() ~ "), mc_dob_text, '')" %}
{% set last_year = "coalesce(cast(last_mc_dob as " ~ dbt.type_string() ~ "), last_mc_dob_text)" %}
{{ header_previous_year_rule('624',
    where="last_mc_dob_text is not null and " ~ this_year ~ " <> " ~ last_year,
    values={'MC_DOB': 'mc_dob_text', 'MC_DOB_LAST': 'last_mc_dob_text'}) }}
