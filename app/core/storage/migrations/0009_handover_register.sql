-- Schema version 9: the hand-overs of a consignor client's own affected records (export-recipients
-- --consignor … --encrypt-to …), which the filing register lists beside the filings. A hand-over happened
-- as recorded: a trigger refuses updates. Only the recipient key's fingerprint is kept, never its user id,
-- which names a person.
CREATE TABLE handover (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    consignor TEXT NOT NULL,
    group_key TEXT NOT NULL,
    format TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL
);
CREATE INDEX handover_incident ON handover(incident_id, id);

CREATE TRIGGER handover_no_update BEFORE UPDATE ON handover
BEGIN
    SELECT RAISE(ABORT, 'hand-overs are recorded as they happened');
END;
