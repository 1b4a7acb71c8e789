-- 151: the six adoption items of AD1 are all given or all blank (a date counts as given when
-- any text was landed, parseable or not).
{{ all_or_none_given('151', 'ad1', values={
    'DATE_INT': 'date_int_text',
    'DATE_MATCH': 'date_match_text',
    'FOSTER_CARE': 'foster_care',
    'NB_ADOPTR': 'nb_adoptr',
    'SEX_ADOPTR': 'sex_adoptr',
    'LS_ADOPTR': 'ls_adoptr'
}) }}
