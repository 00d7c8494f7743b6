-- Schema version 2: the officer's decisions and overrides on the obligations, and the state of each filing.
-- Decisions and overrides are append-only: the latest row per rule or key counts, and the history stays.
CREATE TABLE obligation_decision (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    value INTEGER NOT NULL,
    reason TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    who TEXT NOT NULL
);
CREATE INDEX obligation_decision_incident ON obligation_decision(incident_id, rule_id, id);

-- value NULL withdraws the override: the computed result applies again.
CREATE TABLE obligation_override (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL
);
CREATE INDEX obligation_override_incident ON obligation_override(incident_id, key, id);

CREATE TABLE filing (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'not_started',
    submitted_on TEXT,
    receipt_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (incident_id, key)
);
