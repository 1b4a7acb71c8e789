-- INT02: every PlacedAdoption record must be about a child in the same LA's Header for the year:
-- a record whose CHILD is in no Header row (a blank CHILD included) fails.
{{ child_missing_from_header('INT02', 'placed_adoption') }}
