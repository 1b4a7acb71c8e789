-- INT01: every AD1 record must be about a child in the same LA's Header for the year:
-- a record whose CHILD is in no Header row (a blank CHILD included) fails.
{{ child_missing_from_header('INT01', 'ad1') }}
