-- Schema version 11: 漏えい, 滅失 and 毀損 each get their own certainty ('occurred', 'possible' or 'no'), where one
-- leak_state used to cover all three kinds (法26条1項: each kind 「発生し、又は発生したおそれがある」 on its own).
-- The encryption exclusion (規則7条) and the substitute-notice reason (法26条2項ただし書) move from the incident
-- to each data set: they are facts about one set of data and its people, not about the whole incident.
-- Existing workspaces convert as the incident JSON reader converts a version 1 file (incidentjsonv1.cpp): a
-- kind that was not ticked is 'no', a ticked kind takes the old leak_state; the incident's protection and
-- notice values are copied to every data set of the incident. The old columns are then dropped (ALTER TABLE
-- … DROP COLUMN: SQLite 3.35 and later, and PostgreSQL), so no stale copy of a fact stays behind.
ALTER TABLE incident ADD COLUMN leak_certainty TEXT NOT NULL DEFAULT 'no';
ALTER TABLE incident ADD COLUMN loss_certainty TEXT NOT NULL DEFAULT 'no';
ALTER TABLE incident ADD COLUMN damage_certainty TEXT NOT NULL DEFAULT 'no';
UPDATE incident SET
    leak_certainty = CASE WHEN kind_leak <> 0 THEN
        (CASE WHEN leak_state = 'occurred' THEN 'occurred' ELSE 'possible' END) ELSE 'no' END,
    loss_certainty = CASE WHEN kind_loss <> 0 THEN
        (CASE WHEN leak_state = 'occurred' THEN 'occurred' ELSE 'possible' END) ELSE 'no' END,
    damage_certainty = CASE WHEN kind_damage <> 0 THEN
        (CASE WHEN leak_state = 'occurred' THEN 'occurred' ELSE 'possible' END) ELSE 'no' END;

ALTER TABLE data_set ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE data_set ADD COLUMN key_may_have_leaked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE data_set ADD COLUMN contacts_unreachable INTEGER NOT NULL DEFAULT 0;
ALTER TABLE data_set ADD COLUMN contacts_unreachable_reason TEXT NOT NULL DEFAULT '';
UPDATE data_set SET
    encrypted = (SELECT i.encrypted FROM incident i WHERE i.id = data_set.incident_id),
    key_may_have_leaked = (SELECT i.key_may_have_leaked FROM incident i WHERE i.id = data_set.incident_id),
    contacts_unreachable = (SELECT i.contacts_unreachable FROM incident i WHERE i.id = data_set.incident_id),
    contacts_unreachable_reason =
        (SELECT i.contacts_unreachable_reason FROM incident i WHERE i.id = data_set.incident_id);

ALTER TABLE incident DROP COLUMN kind_leak;
ALTER TABLE incident DROP COLUMN kind_loss;
ALTER TABLE incident DROP COLUMN kind_damage;
ALTER TABLE incident DROP COLUMN leak_state;
ALTER TABLE incident DROP COLUMN encrypted;
ALTER TABLE incident DROP COLUMN key_may_have_leaked;
ALTER TABLE incident DROP COLUMN contacts_unreachable;
ALTER TABLE incident DROP COLUMN contacts_unreachable_reason;
