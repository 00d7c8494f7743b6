-- Schema version 4: the incident's own copies of document templates. Built-in templates ship with the
-- application and are never stored or edited here; a row exists only once the officer changed a template.
CREATE TABLE template_draft (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    group_key TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    based_on_version INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE (incident_id, kind, group_key, lang)
);
