-- 555: a freeing order (legal status D1) means the decision that the child should be placed
-- for adoption was taken, so a D1 episode fails when the child has no PlacedAdoption record;
-- and while a D1 episode is open (no DEC), that decision cannot have ceased, so the child's
-- PlacedAdoption records with a DATE_PLACED_CEASED or a REASON_PLACED_CEASED fail.
{{ order_needs_adoption_decision('555', 'D1') }}
