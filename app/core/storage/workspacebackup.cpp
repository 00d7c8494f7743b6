#include "workspacebackup.h"

#include "workspaceverifier.h"

#include "auditrepository.h"
#include "outputfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace bd {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

// A read-only connection to a workspace file that is not the open one, closed with the object.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("bd-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        const QFileInfo info(path);
        // In a folder SQLite cannot write, the -shm file cannot be made: read the one file as immutable.
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           (folderWritable ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlError lastError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

StorageError notUsable(const QString& path, const QString& why)
{
    return StorageError::make(
        StorageError::Corrupt,
        WorkspaceBackup::tr("%1 cannot be used as a workspace backup: %2").arg(path, why));
}

} // namespace

WorkspaceBackup::Result WorkspaceBackup::check(const QString& path, Record record)
{
    Result result;
    if (!QFileInfo(path).isFile()) {
        result.storage =
            StorageError::make(StorageError::NoWorkspace, tr("There is no file at %1.").arg(path));
        return result;
    }
    ReadOnlyConnection connection(path);
    if (!connection.isOpen()) {
        result.storage = storageErrorFrom(connection.lastError(), path);
        return result;
    }
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        result.storage = storageErrorFrom(q.lastError(), path);
        return result;
    }
    if (q.value(0).toString() != QLatin1String("ok")) {
        result.storage =
            notUsable(path, tr("SQLite's integrity check fails (%1).").arg(q.value(0).toString()));
        return result;
    }
    if (!connection.db().tables().contains(QStringLiteral("schema_version")) ||
        !q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next()) {
        result.storage = notUsable(path, tr("it is not a BreachDesk workspace."));
        return result;
    }
    result.schemaVersion = q.value(0).toInt();
    if (result.schemaVersion > Database::latestSchemaVersion()) {
        result.storage = StorageError::make(
            StorageError::NewerVersion,
            tr("%1 was made by a newer version of BreachDesk (schema %2; this version knows up to %3).")
                .arg(path)
                .arg(result.schemaVersion)
                .arg(Database::latestSchemaVersion()));
        return result;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
        result.storage = notUsable(path, tr("some records refer to records that are missing."));
        return result;
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM incident")) && q.next())
        result.incidents = q.value(0).toInt();
    // A backup whose record no longer proves itself (docs/audit-chain.md) would replace a sound workspace
    // with an altered one: refused, like a damaged file. Schema 8 made the audit chain; older backups have
    // none, and are chained when restored.
    if (record == Record::Verified && result.schemaVersion >= 8) {
        Database backup;
        StorageError error;
        if (!backup.open(path, OpenMode{OpenMode::ReadOnly, false}, &error)) {
            result.storage = error;
            return result;
        }
        if (const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(backup); !integrity.ok()) {
            result.storage =
                notUsable(path, tr("its record no longer proves itself: %1").arg(integrity.summary()));
            result.storage.detail = integrity.details();
            return result;
        }
    }
    return result;
}

WorkspaceBackup::Result WorkspaceBackup::backup(Database& db, const QString& path)
{
    Result result;
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        result.fileError = tr("%1 already exists: choose a new name for the backup.").arg(path);
        return result;
    }
    if (const QString why = OutputFile::refusal(path, db.files()); !why.isEmpty()) {
        result.fileError = why;
        return result;
    }
    int fd = -1;
    const QString temporary = OutputFile::createTemporaryBeside(target.absoluteFilePath(), &fd);
    if (temporary.isEmpty()) {
        result.fileError = tr("The backup cannot be written in %1.").arg(target.absolutePath());
        return result;
    }
    const auto discard = [&] {
        ::unlink(QFile::encodeName(temporary).constData());
        ::close(fd);
    };
    {
        QSqlQuery vacuum(db.connection());
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(temporary);
        if (!vacuum.exec()) {
            result.storage = storageErrorFrom(vacuum.lastError(), path);
            discard();
            return result;
        }
    }
    // VACUUM INTO does not sync what it wrote.
    if (::fsync(fd) != 0) {
        result.fileError = tr("The backup could not be written to disk.");
        discard();
        return result;
    }
    const Result checked = check(temporary);
    if (!checked.ok()) {
        result.storage = checked.storage;
        discard();
        return result;
    }
    result.incidents = checked.incidents;
    result.schemaVersion = checked.schemaVersion;
    result.sha256 = sha256Of(temporary);
    // Never over a file that appeared meanwhile.
    if (::renameat2(AT_FDCWD, QFile::encodeName(temporary).constData(), AT_FDCWD,
                    QFile::encodeName(target.absoluteFilePath()).constData(), RENAME_NOREPLACE) != 0) {
        result.fileError =
            tr("%1 could not be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        discard();
        return result;
    }
    ::close(fd);
    if (!db.isReadOnly()) {
        ExportRecord record;
        record.what = QStringLiteral("backup");
        record.detail = QStringLiteral("schema %1").arg(result.schemaVersion);
        record.count = result.incidents;
        record.sha256 = result.sha256;
        AuditRepository(db).recordExport(record, &result.storage);
    }
    return result;
}

WorkspaceBackup::Result WorkspaceBackup::restore(Database& db, const QString& path)
{
    Result result = check(path, Record::Verified);
    if (!result.ok())
        return result;
    result.sha256 = sha256Of(path);
    const QFileInfo workspace(db.path());
    result.safetyCopy =
        QDir(workspace.absolutePath())
            .filePath(workspace.completeBaseName() + QStringLiteral(".before-restore-") +
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                      QStringLiteral(".breachdesk"));
    const Result safety = backup(db, result.safetyCopy);
    if (!safety.ok()) {
        result.storage = safety.storage;
        result.fileError = safety.fileError;
        return result;
    }
    {
        ReadOnlyConnection source(path);
        sqlite3* from = source.isOpen() ? handleOf(source.db()) : nullptr;
        sqlite3* to = handleOf(db.connection());
        if (!from || !to) {
            result.storage = notUsable(path, tr("it cannot be opened."));
            return result;
        }
        // One step copies every page in one write transaction on the workspace: all or nothing.
        sqlite3_backup* copy = sqlite3_backup_init(to, "main", from, "main");
        int rc = sqlite3_errcode(to);
        if (copy) {
            rc = sqlite3_backup_step(copy, -1);
            const int finished = sqlite3_backup_finish(copy);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
        if (rc != SQLITE_OK) {
            const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
            result.storage =
                StorageError::make(busy ? StorageError::Locked : StorageError::Failed,
                                   busy ? tr("The workspace is in use: close the other BreachDesk windows "
                                             "and commands, then restore "
                                             "again. Nothing was replaced.")
                                        : tr("The backup could not be restored. Nothing was replaced."),
                                   QString::fromUtf8(sqlite3_errstr(rc)));
            return result;
        }
    }
    // The restored pages may be of an older schema: open again, which migrates.
    const QString workspacePath = db.path();
    if (!db.open(workspacePath, OpenMode{}, &result.storage))
        return result;
    AuditEntry entry;
    entry.entity = QStringLiteral("workspace");
    entry.field = QStringLiteral("restored");
    entry.after = QStringLiteral("backup sha256:%1, schema %2, %3 incidents")
                      .arg(QString::fromLatin1(result.sha256))
                      .arg(result.schemaVersion)
                      .arg(result.incidents);
    AuditRepository(db).append(entry, &result.storage);
    return result;
}

} // namespace bd
