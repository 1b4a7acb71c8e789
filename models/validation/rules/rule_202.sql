-- 202: a child in both this year's and last year's Header must have the same sex code. SEX is
-- compared as M/F/U, so the 1/2 codes used up to 2023-24 match the letters used since (1 is M,
-- 2 is F); a code given one year and blank the other is a conflict.
{{ header_previous_year_rule('202',
    where="coalesce(sex_letter, '') <> coalesce(last_sex_letter, '')",
    values={'SEX': 'sex', 'SEX_LAST': 'last_sex_letter'}) }}
