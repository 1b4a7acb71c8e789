-- Per council, CMS family, extract file and date column (each column the family's declaration,
-- contracts/cms/<family>.yml, says holds dates): how many rows of the current extract hold text
-- there that is not a date (blanks and the placeholder dates CMSs write for "no date" aside),
-- and the first of them. Read by validation.unreadable_cms_dates.
{{ cms_unreadable_dates() }}
