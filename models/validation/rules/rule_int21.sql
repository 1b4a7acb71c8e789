-- INT21: a child's sex in UASC must be the one in the Header. A blank SEX on either side is not
-- compared, and a child in no Header row is INT09's concern.
{{ field_differs_from_header('INT21', 'uasc', 'sex') }}
