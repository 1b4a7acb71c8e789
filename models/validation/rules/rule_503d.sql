-- 503D: when last year's final episode was still open (no DEC), this year's first episode
-- continues it and must have the same placement type (a blank matches only a blank). Allowed
-- changes where DfE renamed codes: H5 to K3 in 2024-25, Z1 to Z11-Z14 in 2025-26. First and
-- final episodes are by start date; undated episodes are skipped. On a tie of start dates the
-- earlier row is taken, for the final episode too (not the later one, as the child's order
-- would have it).
{{ first_episode_against_last_year('503D', 'place', 'PLACE', allowed="
    (collection_year = '2024-25' and last_value = 'H5' and this_value = 'K3')
    or (
        collection_year = '2025-26'
        and last_value = 'Z1'
        and this_value in ('Z11', 'Z12', 'Z13', 'Z14')
    )") }}
