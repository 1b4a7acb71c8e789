-- INT11: a child's date of birth in AD1 must be the one in the Header.
-- Both are compared as dates (1/4/2020 is 01/04/2020); a blank or unparseable DOB on either
-- side is not compared, and a child in no Header row is INT01's concern.
{{ field_differs_from_header('INT11', 'ad1', 'dob') }}
