#include "database.h"

#include "auditchain.h"
#include "workspacelocks.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <QSet>

#include <map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// Resources in a static library are dropped by the linker unless initialised by name (design.md "Traps").
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace bd {

namespace {
// SQLite primary result codes (sqlite3.h).
constexpr int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCorrupt = 11, SqliteCantOpen = 14,
              SqliteNotADb = 26, SqliteConstraint = 19;

struct Migration
{
    QString name; // the file name without number and extension: "initial", "audit_chain" …
    QString sql;
};

// Migration number → name and SQL text, read from the resources: ":/migrations/0001_initial.sql" …
std::map<int, Migration> loadMigrations()
{
    initMigrationResources();
    std::map<int, Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations[name.section(QLatin1Char('_'), 0, 0).toInt()] = {
            name.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0),
            QString::fromUtf8(file.readAll())};
    }
    return migrations;
}

// What a migration does that SQL cannot, run in its transaction right after its statements. Keyed by the
// migration's name, not its number, so that renumbering a migration keeps its step.
bool runMigrationStep(Database& db, const QString& name, StorageError* error)
{
    if (name == QLatin1String("audit_chain"))
        return chainUnchainedAuditEntries(db, error);
    return true;
}

// Splits a migration into statements: each ends with ';' at the end of a line, except that a CREATE TRIGGER
// runs to its "END;" line.
QStringList splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (current.isEmpty() && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}
// Makes `folder` and any missing parent 0700.
bool makePrivateFolder(const QString& folder)
{
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent != folder && !makePrivateFolder(parent))
        return false;
    return ::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) == 0 || QFileInfo(folder).isDir();
}

// Creates an empty file readable and writable by its owner only; SQLite then writes the workspace into it.
bool createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}
} // namespace

int StorageError::exitCode() const
{
    switch (kind) {
    case None:
        return 0;
    case NoWorkspace:
        return 2;
    case Locked:
        return 3;
    case ReadOnly:
        return 4;
    case Corrupt:
        return 5;
    case NewerVersion:
        return 6;
    default:
        return 7;
    }
}

StorageError storageErrorFrom(const QSqlError& error, const QString& context)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = (context.isEmpty() ? QString() : context + QStringLiteral(": ")) + error.text();
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return StorageError::make(StorageError::Locked,
                                  StorageError::tr("The workspace is in use by another program or another "
                                                   "BreachDesk window. Close it and try again."),
                                  detail);
    case SqliteReadOnly:
    case SqliteCantOpen:
        return StorageError::make(
            StorageError::ReadOnly,
            StorageError::tr("The workspace file cannot be written. Check that the file and "
                             "its folder are writable."),
            detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return StorageError::make(StorageError::Corrupt,
                                  StorageError::tr("The workspace file is damaged or is not a BreachDesk "
                                                   "workspace. It has not been changed."),
                                  detail);
    case SqliteConstraint:
        return StorageError::make(StorageError::Invalid,
                                  StorageError::tr("The change conflicts with existing data."), detail);
    default:
        return StorageError::make(StorageError::Failed,
                                  StorageError::tr("The workspace could not be updated."), detail);
    }
}

Database::Database()
    : m_connectionName(QStringLiteral("bd-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_transactionDepth = 0;
    m_readOnly = false;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("workspace.breachdesk"));
}

QString Database::normalizedSql(const QString& sql)
{
    QString text = sql.simplified();
    while (text.endsWith(QLatin1Char(';')))
        text = text.chopped(1).trimmed();
    return text;
}

QMap<QString, QString> Database::expectedTriggers() const
{
    QSet<int> applied;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT number FROM schema_migration"))) {
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    // Replays every applied migration's CREATE TRIGGER and DROP TRIGGER in order.
    static const QRegularExpression create(
        QStringLiteral("^CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(QStringLiteral("^DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QString> triggers;
    for (const auto& [number, migration] : loadMigrations()) {
        if (!applied.contains(number))
            continue;
        for (const QString& statement : splitStatements(migration.sql)) {
            if (const auto m = create.match(statement); m.hasMatch())
                triggers.insert(m.captured(1), normalizedSql(statement));
            else if (const auto d = drop.match(statement); d.hasMatch())
                triggers.remove(d.captured(1));
        }
    }
    return triggers;
}

int Database::latestSchemaVersion()
{
    const auto migrations = loadMigrations();
    return migrations.empty() ? 0 : migrations.rbegin()->first;
}

bool Database::open(const QString& path, const OpenMode& mode, StorageError* error)
{
    return openImpl(path, mode, latestSchemaVersion(), error);
}

bool Database::open(const QString& path, StorageError* error)
{
    return openImpl(path, OpenMode{OpenMode::ReadWrite, true}, latestSchemaVersion(), error);
}

bool Database::openAtVersion(const QString& path, int target, StorageError* error)
{
    return openImpl(path, OpenMode{OpenMode::ReadWrite, true}, target, error);
}

QStringList Database::files() const
{
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return {};
    return {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm"),
            m_path + QStringLiteral("-journal")};
}

bool Database::prepareFile(const QString& path, const OpenMode& mode, bool* readOnly, StorageError* error)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (info.exists() && !info.isFile()) {
        *error = StorageError::make(StorageError::Corrupt, StorageError::tr("%1 is not a file.").arg(path));
        return false;
    }
    if (!info.exists()) {
        if (!mode.create || mode.access == OpenMode::ReadOnly) {
            *error = StorageError::make(StorageError::NoWorkspace,
                                        StorageError::tr("There is no workspace at %1.").arg(path));
            return false;
        }
        // Personal data at rest: the folders made here are 0700 and the file 0600; SQLite gives the -wal and
        // -shm files the database file's permissions.
        if (!makePrivateFolder(folder) || !QFileInfo(folder).isWritable() || !createPrivateFile(path)) {
            *error = StorageError::make(StorageError::ReadOnly,
                                        StorageError::tr("The folder %1 cannot be written, so the workspace "
                                                         "cannot be created there.")
                                            .arg(folder));
            return false;
        }
        *readOnly = false;
        return true;
    }
    const bool writable = info.isWritable() && QFileInfo(folder).isWritable();
    if (!writable && mode.access == OpenMode::ReadWrite) {
        *error = StorageError::make(StorageError::ReadOnly,
                                    StorageError::tr("The workspace %1 is read-only. Copy it to a writable "
                                                     "folder or change its permissions.")
                                        .arg(path));
        return false;
    }
    *readOnly = !writable || mode.access == OpenMode::ReadOnly;
    return true;
}

bool Database::openConnection(const QString& path, bool readOnly, StorageError* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (!readOnly) {
        db.setDatabaseName(path);
        db.setConnectOptions(busy);
        if (db.open())
            return true;
        *error = storageErrorFrom(db.lastError(), path);
        return false;
    }
    // Read-only: SQLite's mode=ro still needs the -shm file of a WAL workspace, which it cannot make in a
    // read-only folder. There, a workspace whose -wal holds no changes is complete in its one file and is
    // read as immutable (no locks, no -shm); one whose -wal holds changes cannot be read safely.
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    const QString options = busy + QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool canMakeShm = QFileInfo(QFileInfo(path).absolutePath()).isWritable() ||
                            QFileInfo::exists(path + QStringLiteral("-shm"));
    if (!canMakeShm && wal.exists() && wal.size() > 0) {
        *error = StorageError::make(
            StorageError::ReadOnly,
            StorageError::tr("The workspace %1 is in a read-only folder and its latest changes are still in "
                             "%2. Copy both files to a writable folder to read it.")
                .arg(path, wal.fileName()));
        return false;
    }
    db.setDatabaseName(uri + (canMakeShm ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
    db.setConnectOptions(options);
    if (db.open())
        return true;
    *error = storageErrorFrom(db.lastError(), path);
    return false;
}

bool Database::openImpl(const QString& path, const OpenMode& mode, int target, StorageError* error)
{
    installWorkspaceLocking();
    close();
    m_path = path;
    const bool memory = path == QLatin1String(":memory:");
    bool readOnly = false;
    if (!memory && !prepareFile(path, mode, &readOnly, error))
        return false;
    m_readOnly = readOnly;

    // The locals live in their own scope: close() must not run while a QSqlDatabase or QSqlQuery still holds
    // the connection.
    const bool ok = [&] {
        if (!openConnection(path, readOnly, error))
            return false;
        QSqlDatabase db = connection();
        QSqlQuery q(db);
        // The first statement reads the header: a file that is not a database fails here.
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
            !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            *error = storageErrorFrom(q.lastError(), path);
            return false;
        }
        // Refuse another program's database, or a newer workspace, before changing anything in the file.
        if (!checkWorkspace(error))
            return false;
        if (readOnly) {
            if (schemaVersion() < target) {
                *error = StorageError::make(
                    StorageError::ReadOnly,
                    StorageError::tr("The workspace %1 was made by an older version of BreachDesk and is "
                                     "read-only, so it cannot be upgraded. Open it once where it can be "
                                     "written.")
                        .arg(path));
                return false;
            }
            return true;
        }
        // Deleted records are overwritten with zeros, not left readable in free pages.
        q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
        if (!memory) {
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
                *error = storageErrorFrom(q.lastError(), path);
                return false;
            }
            // FULL: a committed edit survives a crash and a power cut.
            q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        }
        return migrate(target, error);
    }();
    if (!ok)
        close();
    return ok;
}

bool Database::checkWorkspace(StorageError* error)
{
    const QStringList tables = connection().tables();
    if ((m_readOnly && tables.isEmpty()) ||
        (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version")))) {
        *error = StorageError::make(
            StorageError::Corrupt,
            StorageError::tr("%1 is a database, but not a BreachDesk workspace. It has not "
                             "been changed.")
                .arg(m_path));
        return false;
    }
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        *error =
            StorageError::make(StorageError::NewerVersion,
                               StorageError::tr("This workspace was made by a newer version of BreachDesk "
                                                "(schema %1; this version knows up to %2). Update "
                                                "BreachDesk to open it.")
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::migrate(int target, StorageError* error)
{
    QSqlDatabase db = connection();
    const int version = db.tables().contains(QStringLiteral("schema_version")) ? schemaVersion() : 0;

    // Which migrations ran is recorded one by one, so that migrations written in parallel (numbers landing
    // out of order) are still each applied once. schema_version holds the highest applied number.
    const auto migrations = loadMigrations();
    QSet<int> applied;
    if (version > 0) {
        QSqlQuery q(db);
        if (db.tables().contains(QStringLiteral("schema_migration"))) {
            q.exec(QStringLiteral("SELECT number FROM schema_migration"));
            while (q.next())
                applied.insert(q.value(0).toInt());
        } else {
            // Made before migrations were recorded one by one: everything up to its version ran. Record that
            // once.
            for (const auto& entry : migrations)
                if (entry.first <= version)
                    applied.insert(entry.first);
            const bool recorded = transaction(
                [&](StorageError* err) {
                    QSqlQuery w(db);
                    if (!w.exec(QStringLiteral("CREATE TABLE schema_migration (number INTEGER PRIMARY KEY)")))
                        return (*err = storageErrorFrom(w.lastError(), m_path), false);
                    w.prepare(QStringLiteral("INSERT INTO schema_migration (number) VALUES (?)"));
                    for (int number : applied) {
                        w.addBindValue(number);
                        if (!exec(w, err))
                            return false;
                    }
                    return true;
                },
                error);
            if (!recorded)
                return false;
        }
    }
    for (const auto& migration : migrations) {
        // Not a structured binding: the lambda below captures these, which clang 14 (the fuzz build,
        // scripts/fuzz.sh) cannot do for bindings.
        const int number = migration.first;
        const QString& sql = migration.second.sql;
        const QString& name = migration.second.name;
        if (applied.contains(number) || number > target)
            continue;
        const bool ok = transaction(
            [&](StorageError* err) {
                QSqlQuery q(db);
                if (number == 1) {
                    for (const char* statement :
                         {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
                          "INSERT INTO schema_version (version) VALUES (0)",
                          "CREATE TABLE IF NOT EXISTS schema_migration (number INTEGER PRIMARY KEY)"}) {
                        if (!q.exec(QString::fromLatin1(statement)))
                            return (*err = storageErrorFrom(q.lastError(), QStringLiteral("schema_version")),
                                    false);
                    }
                }
                for (const QString& statement : splitStatements(sql)) {
                    if (!q.exec(statement)) {
                        *err = storageErrorFrom(q.lastError(), QStringLiteral("migration %1").arg(number));
                        return false;
                    }
                }
                if (!runMigrationStep(*this, name, err))
                    return false;
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO schema_migration (number) VALUES (?)"));
                q.addBindValue(number);
                if (!exec(q, err))
                    return false;
                q.prepare(QStringLiteral("UPDATE schema_version SET version = max(version, ?)"));
                q.addBindValue(number);
                return exec(q, err);
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

bool Database::exec(QSqlQuery& query, StorageError* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = storageErrorFrom(query.lastError());
    return false;
}

bool Database::transaction(const std::function<bool(StorageError*)>& work, StorageError* error)
{
    StorageError local;
    StorageError* err = error ? error : &local;
    QSqlDatabase db = connection();
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work(err);
        --m_transactionDepth;
        return ok;
    }
    // BEGIN IMMEDIATE takes the write lock at once, so a busy workspace fails before any work is done.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *err = storageErrorFrom(begin.lastError(), QStringLiteral("BEGIN"));
        return false;
    }
    ++m_transactionDepth;
    bool ok = false;
    try {
        ok = work(err);
    } catch (...) {
        --m_transactionDepth;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --m_transactionDepth;
    QSqlQuery end(db);
    if (ok && end.exec(QStringLiteral("COMMIT")))
        return true;
    if (ok)
        *err = storageErrorFrom(end.lastError(), QStringLiteral("COMMIT"));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace bd
