-- INT31: AD1 holds one record per child: when a CHILD has more than one record in the LA's
-- return for the year, each of them fails. Blank CHILD values are not counted.
{{ child_more_than_once('INT31', 'ad1') }}
