-- Schema version 14: the public notice's editions published outside BreachDesk (on the web site before the
-- workspace existed, or from another tool), which the officer records so that the next edition drafted here
-- has the right number (第N報) and quotes the date of the one before. One row per edition; `languages` is
-- "ja", "en" or "ja,en". A recorded publication is a fact of the record: a trigger refuses updates, and the
-- audit trail holds who recorded it and when.
CREATE TABLE published_edition (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    edition INTEGER NOT NULL CHECK (edition >= 1),
    languages TEXT NOT NULL,
    published_on TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX published_edition_incident ON published_edition(incident_id, id);

CREATE TRIGGER published_edition_no_update BEFORE UPDATE ON published_edition
BEGIN
    SELECT RAISE(ABORT, 'a published edition is recorded as it was published');
END;
