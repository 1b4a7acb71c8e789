-- 153: the three care-leaver items (IN_TOUCH, ACTIV, ACCOM) are either all given or all blank.
{{ all_or_none_given(
    '153', 'oc3', values={'IN_TOUCH': 'in_touch', 'ACTIV': 'activ', 'ACCOM': 'accom'}
) }}
