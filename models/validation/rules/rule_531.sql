-- 531: a placement provider code of PR5 cannot go with a placement with parents (P1).
{{ provider_excludes_placements('531', 'PR5', ['P1']) }}
