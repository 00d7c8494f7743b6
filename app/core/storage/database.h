// The workspace database: one SQLite file (WAL, foreign keys) with ordered migrations.
#pragma once

#include "storageerror.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;

namespace bd {

// How a workspace is opened. A workspace is opened, never conjured: a missing file is an error unless
// `create` is set.
struct OpenMode
{
    enum Access
    {
        ReadWrite,   // the file and its folder must be writable (exit 4 otherwise)
        PreferWrite, // read-write where possible, else read-only (the reading commands)
        ReadOnly,    // never writes: no migration, no journal-mode change
    };
    Access access = ReadWrite;
    bool create = false; // make a new, empty workspace (0600, in folders made 0700) when the file is missing
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens and migrates the workspace at `path` as `mode` says; ":memory:" for a private in-memory one.
    // Never overwrites a file that is not a BreachDesk workspace or was made by a newer version. A workspace
    // that cannot be written opens read-only only when `mode` allows it: through SQLite's mode=ro, or, in a
    // read-only folder where SQLite cannot make the -shm file, as immutable=1 when no -wal holds changes.
    bool open(const QString& path, const OpenMode& mode, StorageError* error);
    // Opens read-write, creating the workspace when missing: for tests and private files the program makes.
    bool open(const QString& path, StorageError* error);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }

    // The files SQLite keeps for this workspace (the database, -wal, -shm, -journal): nothing may write over
    // them while it is open. Empty for ":memory:".
    QStringList files() const;
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

    // The triggers the applied migrations made (name → normalizedSql of its CREATE TRIGGER): what
    // sqlite_master must hold for the trail and the issued documents to be protected.
    QMap<QString, QString> expectedTriggers() const;
    // `sql` with runs of white space made one space and without a trailing ';', as compared with
    // sqlite_master.
    static QString normalizedSql(const QString& sql);

    // The user's default workspace: <AppDataLocation>/workspace.breachdesk
    static QString defaultWorkspacePath();

private:
    bool openImpl(const QString& path, const OpenMode& mode, int target, StorageError* error);
    bool prepareFile(const QString& path, const OpenMode& mode, bool* readOnly, StorageError* error);
    bool openConnection(const QString& path, bool readOnly, StorageError* error);
    bool checkWorkspace(StorageError* error);
    bool migrate(int target, StorageError* error);
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};

// A null QString binds as SQL NULL; text columns that are NOT NULL take this instead.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Classifies a driver error (SQLITE_BUSY → Locked, …) into a StorageError with a translated message.
StorageError storageErrorFrom(const class QSqlError& error, const QString& context = {});

} // namespace bd
