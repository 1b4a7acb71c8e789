-- Dates in CMS extracts that cannot be read: one row per council, source system, extract file
-- and date column (each column the family's declaration, contracts/cms/<family>.yml, says holds
-- dates), with how many rows of the current extract hold a value there that is not a date, and
-- the first such row. The derivation reads such a value as no date at all (an end date as still
-- open, a start date as missing), so the return built from the extract is wrong until it is
-- exported again with its dates as the family writes them: ISO, YYYY-MM-DD, with or without a
-- time. The placeholders CMSs write for "no date" (1900-01-01, 9999-12-31) are dates here.
{{ cms_unreadable_dates() }}
