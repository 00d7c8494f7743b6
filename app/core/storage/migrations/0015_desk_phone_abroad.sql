-- Schema version 15: the contact desk's number for callers outside Japan. A free-dial number (0120, 0800)
-- cannot be dialled from abroad, so a letter that prints one also prints this one (incident.h, ContactDesk).
ALTER TABLE incident ADD COLUMN desk_phone_abroad TEXT NOT NULL DEFAULT '';
