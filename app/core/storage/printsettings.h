// The workspace's printing defaults (migration 0015_print_layout.sql, table print_setting): name → text,
// such as the 長3 envelope's window ("envelope.naga3.window" → "23,13,90,45"). No personal data.
#pragma once

#include "database.h"

namespace bd {

class PrintSettings
{
public:
    explicit PrintSettings(Database& db) : m_db(db) {}

    // The stored value, or `fallback` when there is none (or on error).
    QString value(const QString& name, const QString& fallback, StorageError* error) const;
    bool setValue(const QString& name, const QString& value, StorageError* error);

private:
    Database& m_db;
};

} // namespace bd
