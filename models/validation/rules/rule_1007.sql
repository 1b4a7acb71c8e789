-- 1007: a young person whose 17th or 18th birthday falls in the collection year and who was
-- still looked after on that birthday (an episode of the year started on or before it and ended
-- after it, or has no end date; int_validation__cohorts, from the Header's DOB) has care leaver
-- information: any of IN_TOUCH, ACTIV, ACCOM given.
{{ cohort_rule('1007', 'oc3',
    where="cohort.care_leaver_age in (17, 18)
        and cohort.looked_after_on_care_leaver_birthday
        and " ~ any_given('oc3', care_leaver_items()),
    values=labelled(care_leaver_items())) }}
