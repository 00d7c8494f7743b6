-- Schema version 3: recipient groups and the people or organisations in them.
CREATE TABLE recipient_group (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    label_ja TEXT NOT NULL DEFAULT '',
    label_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'people',
    channel TEXT NOT NULL DEFAULT 'post',
    default_language TEXT NOT NULL DEFAULT 'ja',
    column_mapping TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (incident_id, key)
);

CREATE TABLE recipient_group_data_set (
    group_id INTEGER NOT NULL REFERENCES recipient_group(id) ON DELETE CASCADE,
    data_set_id INTEGER NOT NULL REFERENCES data_set(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, data_set_id)
);

CREATE TABLE recipient (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES recipient_group(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    kana TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    custom TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    source_row INTEGER,
    excluded INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recipient_by_group ON recipient(group_id, id);
CREATE INDEX recipient_by_name ON recipient(group_id, name);
CREATE INDEX recipient_by_email ON recipient(group_id, email);
