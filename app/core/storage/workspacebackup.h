// Backing up and restoring a workspace through SQLite, never as a file copy (a copy of an open workspace
// misses what is still in its -wal, and reading it outside SQLite releases SQLite's locks; see
// workspacelocks.h).
#pragma once

#include "database.h"

#include <QByteArray>
#include <QCoreApplication>

namespace bd {

class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(bd::WorkspaceBackup)
public:
    struct Result
    {
        StorageError storage; // the workspace could not be read, or the backup is not a usable workspace
        QString fileError;    // the file could not be written (nothing under its name)
        QByteArray sha256;    // hex, of the backup file
        int incidents = 0;
        int schemaVersion = 0;
        QString safetyCopy; // restore: where the workspace as it was before is kept
        bool ok() const { return !storage && fileError.isEmpty(); }
    };

    // Writes a consistent copy of the open workspace to `path` (which must not exist): VACUUM INTO a
    // temporary file beside it (0600), synced, checked like a restore would, then renamed. The backup is
    // recorded in the audit trail (unless the workspace is read-only).
    static Result backup(Database& db, const QString& path);

    // Checks that `path` is a BreachDesk workspace this version can open — SQLite's integrity and foreign-key
    // checks, the schema version — without changing it. With Record::Verified also that its record proves
    // itself (WorkspaceVerifier): what a restore needs. A backup just made is not held to that: the copy of a
    // damaged workspace is the evidence of what was found.
    enum class Record
    {
        Unchecked,
        Verified
    };
    static Result check(const QString& path, Record record = Record::Unchecked);

    // Replaces the contents of the open workspace with the backup at `path`, after check(Record::Verified):
    // first a safety
    // copy of the workspace as it is (beside it, named …before-restore-TIME.breachdesk), then the backup's
    // pages through SQLite's online backup API in one transaction, then the migrations this version needs.
    // Nothing is replaced when any step before the copy fails.
    static Result restore(Database& db, const QString& path);
};

} // namespace bd
