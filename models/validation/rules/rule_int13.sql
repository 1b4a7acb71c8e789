-- INT13: a child's date of birth in Missing must be the one in the Header.
-- Both are compared as dates (1/4/2020 is 01/04/2020); a blank or unparseable DOB on either
-- side is not compared, and a child in no Header row is INT04's concern.
{{ field_differs_from_header('INT13', 'missing', 'dob') }}
