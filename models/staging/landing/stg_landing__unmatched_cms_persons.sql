-- Per council, CMS family, extract file and person column (each table's column that the
-- family's declaration, contracts/cms/<family>.yml, says names the row's person): how many rows
-- of the current extract name no person of the council's current persons file, and the first
-- of them. Read by validation.unmatched_cms_persons.
{{ cms_unmatched_persons() }}
