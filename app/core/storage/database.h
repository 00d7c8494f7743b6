// The workspace database: one SQLite file (WAL, foreign keys) with ordered migrations.
#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;

namespace bd {

class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating it when missing) and migrates the database at `path`; ":memory:" for a private
    // in-memory one. Never overwrites a file that is not a BreachDesk workspace or was made by a newer
    // version.
    bool open(const QString& path, StorageError* error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs `work` inside one transaction: commits when it returns true, rolls back when it returns false
    // (leaving `error` as set by `work`) or when the commit fails. Nested calls join the outer transaction.
    bool transaction(const std::function<bool(StorageError*)>& work, StorageError* error);

    // Executes a prepared query, translating a failure into a StorageError.
    static bool exec(QSqlQuery& query, StorageError* error);

    // The newest schema version this build knows (the highest migration number).
    static int latestSchemaVersion();
    // Migrates up to `target` only (tests open databases of older versions this way).
    bool openAtVersion(const QString& path, int target, StorageError* error);

    // The user's default workspace: <AppDataLocation>/workspace.breachdesk
    static QString defaultWorkspacePath();

private:
    bool openImpl(const QString& path, int target, StorageError* error);
    bool checkWorkspace(StorageError* error);
    bool migrate(int target, StorageError* error);
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
};

// A null QString binds as SQL NULL; text columns that are NOT NULL take this instead.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Classifies a driver error (SQLITE_BUSY → Locked, …) into a StorageError with a translated message.
StorageError storageErrorFrom(const class QSqlError& error, const QString& context = {});

} // namespace bd
