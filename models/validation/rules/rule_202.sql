-- 202: a child in both this year's and last year's Header must have the same sex code. SEX is
-- compared as M/F/U, so the 1/2 codes used up to 2023-24 match the letters used since (1 is M,
-- 2 is F); a code given one year and blank the other is a conflict. The same code both years is
-- none, even one no longer valid this year (1 or 2 from 2024-25: rule 101 reports that).
{{ header_previous_year_rule('202',
    where="coalesce(sex_letter, '') <> coalesce(last_sex_letter, '')
        and coalesce(sex, '') <> coalesce(last_sex, '')",
    values={'SEX': 'sex', 'SEX_LAST': 'last_sex_letter'}) }}
