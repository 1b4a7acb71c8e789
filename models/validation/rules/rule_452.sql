-- 452: when last year's final episode was still open and this year's first episode has the
-- same reason for new episode (it carries the episode on), the placement LA (PL_LA, derived from
-- the placement postcode) must be the same in both; a PL_LA that cannot be derived matches only
-- another that cannot.
{{ first_episode_against_last_year('452', 'pl_la', 'PL_LA', same_rne=true) }}
