-- Schema version 10: redaction of personal data after the retention period (docs/redaction.md).
-- A redaction blanks every recipient field that can identify a person, keeps the rows (so every count stays
-- true) and stores a signed statement of what it removed: per recipient group the count and the SHA-256 of
-- the removed values, and the head of the incident's audit chain just before it. Its audit entry records the
-- statement's SHA-256 and the signer, so the chain stays whole. Statements are never changed or deleted, and
-- the recipients of a redacted incident can no longer be added, changed or removed.
CREATE TABLE redaction (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    incident_code TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    statement TEXT NOT NULL,
    statement_sha256 TEXT NOT NULL,
    signature TEXT NOT NULL,
    signer TEXT NOT NULL
);
CREATE INDEX redaction_incident ON redaction(incident_id);

CREATE TRIGGER redaction_frozen BEFORE UPDATE ON redaction
BEGIN
    SELECT RAISE(ABORT, 'redaction statements are frozen');
END;

CREATE TRIGGER redaction_no_delete BEFORE DELETE ON redaction
BEGIN
    SELECT RAISE(ABORT, 'redaction statements are kept');
END;

CREATE TRIGGER recipient_redacted_no_insert BEFORE INSERT ON recipient
WHEN EXISTS (SELECT 1 FROM redaction r JOIN recipient_group g ON g.incident_id = r.incident_id
             WHERE g.id = NEW.group_id)
BEGIN
    SELECT RAISE(ABORT, 'the personal data of this incident was redacted');
END;

CREATE TRIGGER recipient_redacted_no_update BEFORE UPDATE ON recipient
WHEN EXISTS (SELECT 1 FROM redaction r JOIN recipient_group g ON g.incident_id = r.incident_id
             WHERE g.id = OLD.group_id OR g.id = NEW.group_id)
BEGIN
    SELECT RAISE(ABORT, 'the personal data of this incident was redacted');
END;

CREATE TRIGGER recipient_redacted_no_delete BEFORE DELETE ON recipient
WHEN EXISTS (SELECT 1 FROM redaction r JOIN recipient_group g ON g.incident_id = r.incident_id
             WHERE g.id = OLD.group_id)
BEGIN
    SELECT RAISE(ABORT, 'the personal data of this incident was redacted');
END;
