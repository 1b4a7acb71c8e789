-- 553: a placement order granted (an episode with LS E1) needs the date of the decision that
-- the child should be placed for adoption: an E1 episode of a child with no PlacedAdoption
-- record fails (Episodes). While the order is in force (an E1 episode with no DEC), no
-- PlacedAdoption record of the child may say the decision ceased (DATE_PLACED_CEASED or
-- REASON_PLACED_CEASED given): such a record fails (PlacedAdoption).
{{ order_needs_adoption_decision('553', 'E1') }}
