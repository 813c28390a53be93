-- A published item corrected by a new version (issue 13): the new item names the one it replaces,
-- the old one stays reachable by its index number and says by which item and since when.
ALTER TABLE catalogue_item ADD COLUMN replaces VARCHAR(100);
ALTER TABLE catalogue_item ADD COLUMN replaced_by VARCHAR(100);
ALTER TABLE catalogue_item ADD COLUMN replaced_on DATE;
