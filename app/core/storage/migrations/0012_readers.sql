-- Schema version 12: who may read what. A narrative section may be written for a particular reader
-- (audience: regulator, public, individuals, consignors, consignor:<name>; '' = all readers), so the
-- primary key gains the audience; the consignor clients' names (English name, abbreviations) and the text
-- marked confidential feed the confidentiality check before a document is issued.
CREATE TABLE narrative_by_reader (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    audience TEXT NOT NULL DEFAULT '',
    text_ja TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT '',
    basis_ja TEXT NOT NULL DEFAULT '',
    basis_en TEXT NOT NULL DEFAULT '',
    last_edited_lang TEXT NOT NULL DEFAULT '',
    last_edit_was_answer INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, section, audience)
);
INSERT INTO narrative_by_reader (incident_id, section, audience, text_ja, text_en, basis_ja, basis_en,
                                 last_edited_lang, last_edit_was_answer)
    SELECT incident_id, section, '', text_ja, text_en, basis_ja, basis_en, last_edited_lang,
           last_edit_was_answer FROM narrative;
DROP TABLE narrative;
ALTER TABLE narrative_by_reader RENAME TO narrative;

CREATE TABLE consignor_names (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '', -- one per line
    PRIMARY KEY (incident_id, position)
);

CREATE TABLE confidential_text (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    audience TEXT NOT NULL DEFAULT 'regulator',
    PRIMARY KEY (incident_id, position)
);
