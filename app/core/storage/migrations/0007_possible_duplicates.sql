-- Schema version 7: recipients an import marked as possibly the same person as another recipient of the
-- group (the same e-mail, or the same name and address, but another field differs), until the officer
-- resolves it: "Not a duplicate" clears the mark, "Exclude" keeps the row and sends it nothing.
-- duplicate_reason: '' (not marked), 'email' or 'name-address'.
ALTER TABLE recipient ADD COLUMN possible_duplicate_of INTEGER REFERENCES recipient(id) ON DELETE SET NULL;
ALTER TABLE recipient ADD COLUMN duplicate_reason TEXT NOT NULL DEFAULT '';
-- Deleting a recipient looks for the rows that point to it; the filter lists the marked rows of a group.
CREATE INDEX recipient_by_possible_duplicate_of ON recipient(possible_duplicate_of)
    WHERE possible_duplicate_of IS NOT NULL;
CREATE INDEX recipient_marked_duplicates ON recipient(group_id, id) WHERE duplicate_reason <> '';
