-- 527: a placement provider code of PR1 cannot go with placements P1, R2 or R5.
{{ provider_excludes_placements('527', 'PR1', ['P1', 'R2', 'R5']) }}
