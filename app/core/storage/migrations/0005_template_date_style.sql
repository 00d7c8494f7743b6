-- Schema version 5: per-document settings of the incident's drafts (kind × recipient group), starting with the
-- date style: 'seireki' (2024年12月25日) or 'wareki' (令和6年12月25日). No row: 西暦.
CREATE TABLE document_setting (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    group_key TEXT NOT NULL DEFAULT '',
    date_style TEXT NOT NULL DEFAULT 'seireki',
    PRIMARY KEY (incident_id, kind, group_key)
);
