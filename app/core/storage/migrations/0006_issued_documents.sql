-- Schema version 6: issued documents (filings and notices). An issued document is frozen: its PDF, its hashes,
-- the template it was made with and the incident JSON it was made from never change afterwards (a trigger
-- refuses updates). Public notices keep every edition as its own row.
CREATE TABLE issued_document (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    filing_key TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    edition INTEGER NOT NULL DEFAULT 0,
    final_edition INTEGER NOT NULL DEFAULT 0,
    lang TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    document_date TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    template_kind TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    template_sha256 TEXT NOT NULL,
    template_body TEXT NOT NULL,
    facts_json TEXT NOT NULL,
    content_json TEXT NOT NULL,
    html TEXT NOT NULL,
    html_sha256 TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX issued_document_incident ON issued_document(incident_id, kind, id);

CREATE TRIGGER issued_document_frozen BEFORE UPDATE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued documents are frozen');
END;
