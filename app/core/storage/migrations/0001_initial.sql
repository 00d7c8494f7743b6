-- Schema version 1: incidents, their facts, data sets, timeline, narratives, custom data items and the audit trail.
-- Portable SQL: types TEXT/INTEGER only, dates as ISO 8601 text, so the same schema runs on PostgreSQL later.
CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title_ja TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    org_name_ja TEXT NOT NULL DEFAULT '',
    org_name_en TEXT NOT NULL DEFAULT '',
    org_address_ja TEXT NOT NULL DEFAULT '',
    org_address_en TEXT NOT NULL DEFAULT '',
    org_representative_ja TEXT NOT NULL DEFAULT '',
    org_representative_en TEXT NOT NULL DEFAULT '',
    desk_name_ja TEXT NOT NULL DEFAULT '',
    desk_name_en TEXT NOT NULL DEFAULT '',
    desk_phone TEXT NOT NULL DEFAULT '',
    desk_email TEXT NOT NULL DEFAULT '',
    desk_hours_ja TEXT NOT NULL DEFAULT '',
    desk_hours_en TEXT NOT NULL DEFAULT '',
    kind_leak INTEGER NOT NULL DEFAULT 0,
    kind_loss INTEGER NOT NULL DEFAULT 0,
    kind_damage INTEGER NOT NULL DEFAULT 0,
    leak_state TEXT NOT NULL DEFAULT 'possible',
    occurred_from TEXT,
    occurred_to TEXT,
    known_at TEXT,
    contained_on TEXT,
    cause TEXT NOT NULL DEFAULT 'unknown',
    malicious INTEGER NOT NULL DEFAULT 0,
    malicious_reason TEXT NOT NULL DEFAULT '',
    encrypted INTEGER NOT NULL DEFAULT 0,
    key_may_have_leaked INTEGER NOT NULL DEFAULT 0,
    pmark_holder INTEGER NOT NULL DEFAULT 0,
    pmark_body TEXT NOT NULL DEFAULT '',
    gdpr_applies INTEGER NOT NULL DEFAULT 0,
    gdpr_risk TEXT NOT NULL DEFAULT 'unassessed',
    contacts_unreachable INTEGER NOT NULL DEFAULT 0,
    contacts_unreachable_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE data_item (
    key TEXT PRIMARY KEY,
    label_ja TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    financial_risk INTEGER NOT NULL DEFAULT 0,
    needs_judgement INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE data_set (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    group_key TEXT NOT NULL,
    group_label_ja TEXT NOT NULL DEFAULT '',
    group_label_en TEXT NOT NULL DEFAULT '',
    holder TEXT NOT NULL DEFAULT 'own',
    consignor_name TEXT NOT NULL DEFAULT '',
    people INTEGER,
    people_estimate INTEGER NOT NULL DEFAULT 0,
    consignor_notified_on TEXT
);
CREATE INDEX data_set_incident ON data_set(incident_id, position);

CREATE TABLE data_set_item (
    data_set_id INTEGER NOT NULL REFERENCES data_set(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    PRIMARY KEY (data_set_id, item_key)
);

CREATE TABLE timeline_event (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    at TEXT,
    date_only INTEGER NOT NULL DEFAULT 0,
    text_ja TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timeline_event_incident ON timeline_event(incident_id, at);

CREATE TABLE narrative (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    text_ja TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT '',
    basis_ja TEXT NOT NULL DEFAULT '',
    basis_en TEXT NOT NULL DEFAULT '',
    last_edited_lang TEXT NOT NULL DEFAULT '',
    last_edit_was_answer INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, section)
);

-- Append-only: no foreign key (the trail outlives a deleted incident) and triggers refuse changes.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    incident_id INTEGER,
    incident_code TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL,
    before_value TEXT,
    after_value TEXT
);
CREATE INDEX audit_log_incident ON audit_log(incident_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
