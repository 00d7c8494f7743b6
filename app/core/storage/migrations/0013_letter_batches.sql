-- Schema version 13: issued letter batches (export-letters --issue, Documents ▸ Issue…). Until letters are
-- issued every export and print of them is a draft, marked 「下書き」/"DRAFT" on every page. Issuing writes the
-- letters without the mark and records here what went out: the document kind, the recipient group, how many
-- letters, the templates (version and SHA-256 of the text used, per language), the letters' date, who issued
-- them and when, the output mode and the SHA-256 of each file (one merged PDF, or one file per recipient in
-- letter order, with the recipient's row id but never a name or a file name, which may name a person).
-- A batch happened as recorded: triggers refuse changes and deletion. A second batch of the same kind for the
-- same group names the batch it follows and the reason it was issued again.
CREATE TABLE letter_batch (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    group_key TEXT NOT NULL,
    recipient_count INTEGER NOT NULL CHECK (recipient_count > 0),
    lang TEXT NOT NULL,
    date_style TEXT NOT NULL,
    letters_date TEXT NOT NULL,
    template_ja_version INTEGER,
    template_ja_edited INTEGER,
    template_ja_sha256 TEXT,
    template_en_version INTEGER,
    template_en_edited INTEGER,
    template_en_sha256 TEXT,
    output_mode TEXT NOT NULL CHECK (output_mode IN ('merged', 'each')),
    output_sha256 TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    reissue_of INTEGER REFERENCES letter_batch(id),
    reissue_reason TEXT NOT NULL DEFAULT '',
    CHECK ((reissue_of IS NULL) = (reissue_reason = ''))
);
CREATE INDEX letter_batch_group ON letter_batch(incident_id, kind, group_key, id);

CREATE TABLE letter_batch_file (
    batch_id INTEGER NOT NULL REFERENCES letter_batch(id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    recipient_id INTEGER,
    pages INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (batch_id, sequence)
);

CREATE TRIGGER letter_batch_frozen BEFORE UPDATE ON letter_batch
BEGIN
    SELECT RAISE(ABORT, 'issued letter batches are frozen');
END;

CREATE TRIGGER letter_batch_no_delete BEFORE DELETE ON letter_batch
BEGIN
    SELECT RAISE(ABORT, 'issued letter batches are kept');
END;

CREATE TRIGGER letter_batch_file_frozen BEFORE UPDATE ON letter_batch_file
BEGIN
    SELECT RAISE(ABORT, 'issued letter batches are frozen');
END;

CREATE TRIGGER letter_batch_file_no_delete BEFORE DELETE ON letter_batch_file
BEGIN
    SELECT RAISE(ABORT, 'issued letter batches are kept');
END;

-- Issuing the same kind for the same group again names the batch it follows (and, by the CHECK above, why).
CREATE TRIGGER letter_batch_reissue BEFORE INSERT ON letter_batch
WHEN (NEW.reissue_of IS NULL AND EXISTS (SELECT 1 FROM letter_batch b WHERE b.incident_id = NEW.incident_id
                                         AND b.kind = NEW.kind AND b.group_key = NEW.group_key))
  OR (NEW.reissue_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM letter_batch b WHERE b.id = NEW.reissue_of
                                                 AND b.incident_id = NEW.incident_id AND b.kind = NEW.kind
                                                 AND b.group_key = NEW.group_key))
BEGIN
    SELECT RAISE(ABORT, 'a letter batch issued again must name the batch it follows and a reason');
END;
