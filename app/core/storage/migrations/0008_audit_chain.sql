-- Schema version 8: the record proves itself (docs/audit-chain.md).
-- The audit trail becomes hash chains, one per incident and one for the workspace's own entries: each entry
-- keeps the hash of the entry before it in its chain and the SHA-256 of its own canonical form. The entries
-- already there are chained, in id order, by the migration runner in C++ right after these statements
-- (app/core/storage/database.cpp, step "audit_chain"; SQLite cannot hash). audit_chain keeps each chain's
-- head, so that removing the newest entries is noticed too. Issued documents can no longer be deleted.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TABLE audit_chain (
    incident_id INTEGER PRIMARY KEY, -- 0: the chain of the entries without an incident
    entries INTEGER NOT NULL,
    head TEXT NOT NULL
);

-- An entry never changes once chained; an entry from before this migration only gets its hashes, once.
DROP TRIGGER IF EXISTS audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.at IS NOT OLD.at OR NEW.who IS NOT OLD.who OR NEW.incident_id IS NOT OLD.incident_id
    OR NEW.incident_code IS NOT OLD.incident_code OR NEW.entity IS NOT OLD.entity
    OR NEW.entity_id IS NOT OLD.entity_id OR NEW.field IS NOT OLD.field
    OR NEW.before_value IS NOT OLD.before_value OR NEW.after_value IS NOT OLD.after_value
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'audit_log entries must be chained');
END;

CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'audit_chain only grows');
END;

CREATE TRIGGER audit_chain_forward BEFORE UPDATE ON audit_chain
WHEN NEW.incident_id IS NOT OLD.incident_id OR NEW.entries IS NOT OLD.entries + 1
BEGIN
    SELECT RAISE(ABORT, 'audit_chain only grows');
END;

CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document
BEGIN
    SELECT RAISE(ABORT, 'issued documents are kept');
END;
