// The workspace file: schema, pragmas, migrations from every older version, transactions, and every way
// opening can fail (never crashing, never changing a file that is not ours to change).
#include "database.h"
#include "incidentrepository.h"
#include "storagetestsupport.h"
#include "workspaceverifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace bd;
using bd::test::RawConnection;

Q_DECLARE_METATYPE(bd::StorageError::Kind)

namespace {

constexpr int BusyTimeoutMs = 3000; // QSQLITE_BUSY_TIMEOUT in database.cpp

// The migration numbers this build ships, read from the same resources Database uses.
QList<int> migrationNumbers()
{
    Database::latestSchemaVersion(); // registers the resources
    QList<int> numbers;
    const QStringList names =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& name : names)
        numbers.append(name.section(QLatin1Char('_'), 0, 0).toInt());
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

bool insertIncidentRow(Database& db, const QString& code, StorageError* error)
{
    return db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(db.connection());
            q.prepare(
                QStringLiteral("INSERT INTO incident (code, title_ja, created_at, updated_at) VALUES (?, ?, "
                               "'2024-09-01T10:00:00+09:00', '2024-09-01T10:00:00+09:00')"));
            q.addBindValue(code);
            q.addBindValue(QStringLiteral("タイトル %1").arg(code));
            return Database::exec(q, err);
        },
        error);
}

int incidentCount(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM incident")) && q.next() ? q.value(0).toInt() : -1;
}

QStringList dirEntries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void newFile_hasLatestSchemaWalAndForeignKeys();
    void inMemory_opensAtLatestSchema();
    void missingFolder_isCreated();
    void reopen_keepsDataAndChangesNothing();

    void olderVersion_isMigratedAndKeepsData_data();
    void olderVersion_isMigratedAndKeepsData();

    void transaction_commitIsVisibleToOtherConnections();
    void transaction_workFailing_rollsBackAndKeepsItsError();
    void transaction_workThrowing_rollsBackAndRethrows();
    void nestedTransactions_joinTheOuterOne_data();
    void nestedTransactions_joinTheOuterOne();
    void nestedTransaction_isInvisibleToOthersUntilTheOuterCommits();

    void notADatabase_refusedAsCorruptAndUnchanged_data();
    void notADatabase_refusedAsCorruptAndUnchanged();
    void otherApplicationsDatabase_refusedAndUnchanged();
    void newerSchemaVersion_refusedAndUnchanged();
    void folderPath_refused();
    void folderCannotBeCreated_refusedAsReadOnly();
    void readOnlyFile_refusedAsReadOnlyAndUnchanged();
    void readOnlyFolder_refusedAsReadOnlyAndUnchanged();
    void anotherConnectionHoldsTheWriteLock_failsLockedWithinBusyTimeout();
    void lockReleasedWithinBusyTimeout_writeWaitsAndSucceeds();
    void failedOpen_laterCallsReportErrorsInsteadOfCrashing();

    void storageErrorKinds_mapToCliExitCodes_data();
    void storageErrorKinds_mapToCliExitCodes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name = QStringLiteral("workspace.breachdesk")) const
    {
        return m_dir->filePath(name);
    }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::newFile_hasLatestSchemaWalAndForeignKeys()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    Database db;
    StorageError error;
    QVERIFY2(db.open(path(), &error), qPrintable(error.text()));
    QVERIFY(error.ok());
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL

    const QStringList tables = db.connection().tables();
    for (const char* table : {"schema_version", "incident", "data_set", "data_set_item", "timeline_event",
                              "narrative", "data_item", "audit_log"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    // WAL survives closing: another program opening the file sees it too.
    db.close();
    QVERIFY(!db.isOpen());
    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
}

void TestDatabase::inMemory_opensAtLatestSchema()
{
    Database db;
    StorageError error;
    QVERIFY2(db.open(QStringLiteral(":memory:"), &error), qPrintable(error.text()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error));
    QCOMPARE(incidentCount(db), 1);
    // A second in-memory database is a different one.
    Database other;
    QVERIFY(other.open(QStringLiteral(":memory:"), &error));
    QCOMPARE(incidentCount(other), 0);
}

void TestDatabase::missingFolder_isCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/workspace.breachdesk"));
    Database db;
    StorageError error;
    QVERIFY2(db.open(nested, &error), qPrintable(error.text()));
    QVERIFY(QFileInfo::exists(nested));
}

void TestDatabase::reopen_keepsDataAndChangesNothing()
{
    StorageError error;
    {
        Database db;
        QVERIFY(db.open(path(), &error));
        QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error));
    }
    QByteArray schema;
    {
        RawConnection raw(path());
        schema = raw.scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toByteArray();
    }
    for (int i = 0; i < 2; ++i) {
        Database db;
        QVERIFY2(db.open(path(), &error), qPrintable(error.text()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(incidentCount(db), 1);
    }
    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toByteArray(),
             schema);
}

void TestDatabase::olderVersion_isMigratedAndKeepsData_data()
{
    QTest::addColumn<int>("version");
    const QList<int> numbers = migrationNumbers();
    QVERIFY(!numbers.isEmpty());
    QCOMPARE(numbers.constLast(), Database::latestSchemaVersion());
    // Every shipped version a user may still have on disk, including the latest (a no-op migration).
    for (int n : numbers)
        QTest::addRow("from version %d", n) << n;
}

void TestDatabase::olderVersion_isMigratedAndKeepsData()
{
    QFETCH(int, version);
    StorageError error;
    {
        Database old;
        QVERIFY2(old.openAtVersion(path(), version, &error), qPrintable(error.text()));
        QCOMPARE(old.schemaVersion(), version);
        QVERIFY2(insertIncidentRow(old, QStringLiteral("INC-2023-007"), &error), qPrintable(error.text()));
        // The entry as a BreachDesk of that version wrote it (before schema 8 entries had no chain hashes,
        // and a workspace at schema 8 or later has them from the start).
        if (version < 8) {
            QSqlQuery q(old.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO audit_log (at, who, incident_id, incident_code, entity, "
                                      "entity_id, field) VALUES ('2023-05-01T09:00:00.000+09:00', 'officer', "
                                      "1, 'INC-2023-007', 'incident', 1, 'created')")));
        } else {
            AuditEntry entry;
            entry.incidentId = 1;
            entry.incidentCode = QStringLiteral("INC-2023-007");
            entry.entity = QStringLiteral("incident");
            entry.entityId = 1;
            entry.field = QStringLiteral("created");
            QVERIFY2(AuditRepository(old).append(entry, &error), qPrintable(error.text()));
        }
    }

    Database db;
    QVERIFY2(db.open(path(), &error), qPrintable(error.text()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

    // The old row is still there and the current code reads it.
    IncidentRepository repo(db);
    const QList<IncidentSummary> list = repo.list(true, &error);
    QVERIFY2(error.ok(), qPrintable(error.text()));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().code, QStringLiteral("INC-2023-007"));
    const std::optional<Incident> loaded = repo.load(list.constFirst().id, &error);
    QVERIFY2(loaded, qPrintable(error.text()));
    QCOMPARE(loaded->titleJa, QStringLiteral("タイトル INC-2023-007"));
    QCOMPARE(loaded->narratives.size(), NarrativeSectionCount);
    QCOMPARE(AuditRepository(db).forIncident(1, &error).size(), 1);
    // The old entry is chained and the record proves itself.
    QCOMPARE(AuditRepository(db).forIncident(1, &error).constFirst().hash.size(), 64);
    QCOMPARE(AuditRepository(db).chainHead(1, &error).entries, 1);
    const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(db);
    QVERIFY2(integrity.ok(), qPrintable(integrity.details()));

    // …and the migrated workspace is fully usable.
    QVERIFY2(repo.setIncidentField(list.constFirst().id, QStringLiteral("title_en"),
                                   QStringLiteral("Migrated"), &error),
             qPrintable(error.text()));
    Incident fresh;
    fresh.code = repo.nextCode(2023, &error);
    QCOMPARE(fresh.code, QStringLiteral("INC-2023-008"));
    QVERIFY2(repo.create(fresh, &error), qPrintable(error.text()));

    // Reopening the migrated file does not migrate again.
    db.close();
    Database again;
    QVERIFY2(again.open(path(), &error), qPrintable(error.text()));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(incidentCount(again), 2);
}

void TestDatabase::transaction_commitIsVisibleToOtherConnections()
{
    Database db;
    StorageError error;
    QVERIFY(db.open(path(), &error));
    QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error));
    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt(), 1);
}

void TestDatabase::transaction_workFailing_rollsBackAndKeepsItsError()
{
    Database db;
    StorageError error;
    QVERIFY(db.open(path(), &error));
    const bool ok = db.transaction(
        [&](StorageError* err) {
            StorageError ignored;
            if (!insertIncidentRow(db, QStringLiteral("INC-2024-001"), &ignored))
                return false;
            *err = StorageError::make(StorageError::Invalid, QStringLiteral("the rule said no"));
            return false;
        },
        &error);
    QVERIFY(!ok);
    QCOMPARE(error.kind, StorageError::Invalid);
    QCOMPARE(error.message, QStringLiteral("the rule said no"));
    QCOMPARE(incidentCount(db), 0);

    // A failing statement rolls back what came before it in the same transaction.
    error = {};
    QVERIFY(!db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(db.connection());
            return insertIncidentRow(db, QStringLiteral("INC-2024-002"), err) &&
                   q.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        },
        &error));
    QCOMPARE(incidentCount(db), 0);

    // The connection is usable afterwards.
    error = {};
    QVERIFY2(insertIncidentRow(db, QStringLiteral("INC-2024-003"), &error), qPrintable(error.text()));
    QCOMPARE(incidentCount(db), 1);
}

void TestDatabase::transaction_workThrowing_rollsBackAndRethrows()
{
    Database db;
    StorageError error;
    QVERIFY(db.open(path(), &error));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction(
                                                     [&](StorageError* err) -> bool {
                                                         insertIncidentRow(db, QStringLiteral("INC-2024-001"),
                                                                           err);
                                                         throw std::runtime_error("boom");
                                                     },
                                                     &error));
    QCOMPARE(incidentCount(db), 0);
    // Not stuck inside a half transaction: the next one commits on its own.
    QVERIFY2(insertIncidentRow(db, QStringLiteral("INC-2024-002"), &error), qPrintable(error.text()));
    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt(), 1);
}

void TestDatabase::nestedTransactions_joinTheOuterOne_data()
{
    QTest::addColumn<bool>("innerOk");
    QTest::addColumn<bool>("outerOk");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("both succeed: both rows") << true << true << 2;
    QTest::newRow("outer fails after inner succeeded: nothing") << true << false << 0;
    QTest::newRow("inner fails, outer passes the failure on: nothing") << false << false << 0;
}

void TestDatabase::nestedTransactions_joinTheOuterOne()
{
    QFETCH(bool, innerOk);
    QFETCH(bool, outerOk);
    QFETCH(int, rowsAfter);
    Database db;
    StorageError error;
    QVERIFY(db.open(path(), &error));
    const bool ok = db.transaction(
        [&](StorageError* err) {
            if (!insertIncidentRow(db, QStringLiteral("INC-2024-001"), err))
                return false;
            const bool inner = db.transaction(
                [&](StorageError* innerErr) {
                    if (!insertIncidentRow(db, QStringLiteral("INC-2024-002"), innerErr))
                        return false;
                    if (!innerOk)
                        *innerErr = StorageError::make(StorageError::Invalid, QStringLiteral("inner"));
                    return innerOk;
                },
                err);
            if (!inner)
                return false;
            if (!outerOk)
                *err = StorageError::make(StorageError::Invalid, QStringLiteral("outer"));
            return outerOk;
        },
        &error);
    QCOMPARE(ok, innerOk && outerOk);
    QCOMPARE(incidentCount(db), rowsAfter);
    if (!ok)
        QCOMPARE(error.message, innerOk ? QStringLiteral("outer") : QStringLiteral("inner"));
}

void TestDatabase::nestedTransaction_isInvisibleToOthersUntilTheOuterCommits()
{
    Database db;
    StorageError error;
    QVERIFY(db.open(path(), &error));
    RawConnection raw(path());
    int seenInside = -1;
    QVERIFY(db.transaction(
        [&](StorageError* err) {
            if (!insertIncidentRow(db, QStringLiteral("INC-2024-001"), err)) // nested: joins this transaction
                return false;
            seenInside = raw.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt();
            return true;
        },
        &error));
    QCOMPARE(seenInside, 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt(), 1);
}

void TestDatabase::notADatabase_refusedAsCorruptAndUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QRandomGenerator random(20240829);
    QByteArray noise(8192, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise;
    QTest::newRow("a few random bytes") << noise.left(37);
    QTest::newRow("text file") << QByteArray("Kunden-Export\nname;address\nYamada;Tokyo\n").repeated(40);
    QTest::newRow("JSON export given instead of the workspace")
        << QByteArray("{\n  \"format\": \"breachdesk-incident\",\n  \"version\": 1\n}\n");
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::newRow("SQLite header followed by garbage") << (header + noise.left(4096 - header.size()));
}

void TestDatabase::notADatabase_refusedAsCorruptAndUnchanged()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(test::writeFile(path(), bytes));
    const QStringList entriesBefore = dirEntries(m_dir->path());

    Database db;
    StorageError error;
    QVERIFY(!db.open(path(), &error));
    QCOMPARE(error.kind, StorageError::Corrupt);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.exitCode(), 5);
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileBytes(path()), bytes);
    QCOMPARE(dirEntries(m_dir->path()), entriesBefore); // no -wal / -shm / -journal left behind

    // Trying again gives the same answer (nothing was half-initialised the first time).
    StorageError again;
    QVERIFY(!db.open(path(), &again));
    QCOMPARE(again.kind, StorageError::Corrupt);
    QCOMPARE(test::fileBytes(path()), bytes);
}

void TestDatabase::otherApplicationsDatabase_refusedAndUnchanged()
{
    {
        RawConnection other(path());
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO customer (name) VALUES ('山田 太郎')")));
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
                 QStringLiteral("delete"));
    }
    const QByteArray before = test::fileBytes(path());
    const QStringList entriesBefore = dirEntries(m_dir->path());

    Database db;
    StorageError error;
    QVERIFY(!db.open(path(), &error));
    QCOMPARE(error.kind, StorageError::Corrupt);
    QVERIFY2(error.message.contains(path()), qPrintable(error.message));
    QVERIFY(!db.isOpen());

    RawConnection other(path());
    QCOMPARE(other.db().tables(), QStringList{QStringLiteral("customer")});
    QCOMPARE(other.scalar(QStringLiteral("SELECT name FROM customer")).toString(),
             QStringLiteral("山田 太郎"));
    // The other program's file keeps its journal mode and every byte: we refused it, so we did not write to
    // it.
    QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
             QStringLiteral("delete"));
    QCOMPARE(dirEntries(m_dir->path()), entriesBefore);
    QVERIFY2(test::fileBytes(path()) == before, "the refused database file was modified");
}

void TestDatabase::newerSchemaVersion_refusedAndUnchanged()
{
    StorageError error;
    {
        Database db;
        QVERIFY(db.open(path(), &error));
        QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2030-001"), &error));
    }
    {
        RawConnection raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    const QByteArray before = test::fileBytes(path());

    Database db;
    QVERIFY(!db.open(path(), &error));
    QCOMPARE(error.kind, StorageError::NewerVersion);
    QCOMPARE(error.exitCode(), 6);
    QVERIFY2(error.message.contains(QStringLiteral("999")), qPrintable(error.message));
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileBytes(path()), before);
    RawConnection raw(path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 999);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt(), 1);
}

void TestDatabase::folderPath_refused()
{
    Database db;
    StorageError error;
    QVERIFY(!db.open(m_dir->path(), &error));
    QVERIFY(error.kind != StorageError::None);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(QFileInfo(m_dir->path()).isDir());
}

void TestDatabase::folderCannotBeCreated_refusedAsReadOnly()
{
    // A regular file where a folder should be: cannot be created even by root.
    QVERIFY(test::writeFile(path(QStringLiteral("notes.txt")), "notes"));
    Database db;
    StorageError error;
    QVERIFY(!db.open(m_dir->filePath(QStringLiteral("notes.txt/sub/workspace.breachdesk")), &error));
    QCOMPARE(error.kind, StorageError::ReadOnly);
    QCOMPARE(error.exitCode(), 4);
    QCOMPARE(test::fileBytes(path(QStringLiteral("notes.txt"))), QByteArray("notes"));
}

void TestDatabase::readOnlyFile_refusedAsReadOnlyAndUnchanged()
{
    if (runningAsRoot())
        QSKIP("Running as root: permission bits do not stop root from writing, so a read-only file cannot be "
              "simulated. Run this test as a normal user.");
    StorageError error;
    {
        Database db;
        QVERIFY(db.open(path(), &error));
        QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error));
    }
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0444) == 0);
    const QByteArray before = test::fileBytes(path());
    Database db;
    QVERIFY(!db.open(path(), &error));
    QCOMPARE(error.kind, StorageError::ReadOnly);
    QCOMPARE(error.exitCode(), 4);
    QCOMPARE(test::fileBytes(path()), before);
    ::chmod(QFile::encodeName(path()).constData(), 0644);
}

void TestDatabase::readOnlyFolder_refusedAsReadOnlyAndUnchanged()
{
    if (runningAsRoot())
        QSKIP(
            "Running as root: permission bits do not stop root from writing, so a read-only folder cannot be "
            "simulated. Run this test as a normal user.");
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    Database db;
    StorageError error;
    QVERIFY(!db.open(folder + QStringLiteral("/workspace.breachdesk"), &error));
    QCOMPARE(error.kind, StorageError::ReadOnly);
    QVERIFY(dirEntries(folder).isEmpty());
    ::chmod(QFile::encodeName(folder).constData(), 0755);
}

void TestDatabase::anotherConnectionHoldsTheWriteLock_failsLockedWithinBusyTimeout()
{
    StorageError error;
    {
        Database db;
        QVERIFY(db.open(path(), &error));
        QVERIFY(insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error));
    }
    RawConnection locker(path());
    QVERIFY2(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(locker.lastError()));
    QVERIFY(locker.exec(QStringLiteral("UPDATE incident SET title_en = 'held'")));

    QElapsedTimer timer;
    timer.start();
    Database db;
    // In WAL mode reading is allowed while another program writes, so opening may succeed; the first write
    // must then fail as Locked. Either way the answer is Locked, after waiting about the busy timeout.
    const bool opened = db.open(path(), &error);
    if (opened) {
        QCOMPARE(incidentCount(db), 1);
        QVERIFY(!insertIncidentRow(db, QStringLiteral("INC-2024-002"), &error));
    }
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(error.kind, StorageError::Locked);
    QCOMPARE(error.exitCode(), 3);
    QVERIFY(!error.message.isEmpty());
    // One busy timeout, not one per statement: the person waits a few seconds, then sees the message.
    QVERIFY2(elapsed <= BusyTimeoutMs + 2000,
             qPrintable(QStringLiteral("opening and one failed write took %1 ms; the busy timeout is %2 ms")
                            .arg(elapsed)
                            .arg(BusyTimeoutMs)));
    if (opened) { // a field edit (what the editor does) reports the same
        StorageError fieldError;
        QVERIFY(!IncidentRepository(db).setIncidentField(1, QStringLiteral("title_ja"), QStringLiteral("x"),
                                                         &fieldError));
        QCOMPARE(fieldError.kind, StorageError::Locked);
    }

    // Once the other program lets go, the same connection writes again.
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    if (!db.isOpen())
        QVERIFY2(db.open(path(), &error), qPrintable(error.text()));
    error = {};
    QVERIFY2(insertIncidentRow(db, QStringLiteral("INC-2024-002"), &error), qPrintable(error.text()));
    QCOMPARE(locker.scalar(QStringLiteral("SELECT count(*) FROM incident")).toInt(), 2);
    QCOMPARE(locker.scalar(QStringLiteral("SELECT count(*) FROM incident WHERE title_en = 'held'")).toInt(),
             0);
}

void TestDatabase::lockReleasedWithinBusyTimeout_writeWaitsAndSucceeds()
{
    StorageError error;
    Database db;
    QVERIFY(db.open(path(), &error));

    std::atomic<bool> locked{false};
    std::atomic<bool> lockFailed{false};
    const QString file = path();
    // A second program holds the write lock for a moment (its own thread: QSqlDatabase connections are per
    // thread).
    std::thread holder([&] {
        {
            RawConnection raw(file);
            if (!raw.exec(QStringLiteral("BEGIN IMMEDIATE")))
                lockFailed = true;
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            raw.exec(QStringLiteral("COMMIT"));
        }
    });
    while (!locked)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QElapsedTimer timer;
    timer.start();
    const bool ok = insertIncidentRow(db, QStringLiteral("INC-2024-001"), &error);
    const qint64 waited = timer.elapsed();
    holder.join();
    QVERIFY(!lockFailed);
    QVERIFY2(ok, qPrintable(error.text()));
    QVERIFY2(waited >= 300, qPrintable(QStringLiteral("did not wait for the lock (%1 ms)").arg(waited)));
    QCOMPARE(incidentCount(db), 1);
}

void TestDatabase::failedOpen_laterCallsReportErrorsInsteadOfCrashing()
{
    QVERIFY(test::writeFile(path(), "not a database at all"));
    Database db;
    StorageError error;
    QVERIFY(!db.open(path(), &error));
    QCOMPARE(db.schemaVersion(), 0);
    IncidentRepository repo(db);
    StorageError listError;
    QVERIFY(repo.list(true, &listError).isEmpty());
    QVERIFY(!listError.ok());
    StorageError loadError;
    QVERIFY(!repo.load(1, &loadError));
    QVERIFY(!loadError.ok());
    StorageError writeError;
    QVERIFY(!repo.setIncidentField(1, QStringLiteral("title_ja"), QStringLiteral("x"), &writeError));
    QVERIFY(!writeError.ok());
    QCOMPARE(test::fileBytes(path()), QByteArray("not a database at all"));
}

void TestDatabase::storageErrorKinds_mapToCliExitCodes_data()
{
    QTest::addColumn<StorageError::Kind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << StorageError::None << 0;
    QTest::newRow("locked") << StorageError::Locked << 3;
    QTest::newRow("read-only") << StorageError::ReadOnly << 4;
    QTest::newRow("corrupt") << StorageError::Corrupt << 5;
    QTest::newRow("newer version") << StorageError::NewerVersion << 6;
    QTest::newRow("not found") << StorageError::NotFound << 7;
    QTest::newRow("invalid") << StorageError::Invalid << 7;
    QTest::newRow("failed") << StorageError::Failed << 7;
}

void TestDatabase::storageErrorKinds_mapToCliExitCodes()
{
    QFETCH(StorageError::Kind, kind);
    QFETCH(int, exitCode);
    const StorageError error = StorageError::make(kind, QStringLiteral("m"), QStringLiteral("d"));
    QCOMPARE(error.exitCode(), exitCode);
    QCOMPARE(error.ok(), kind == StorageError::None);
    QCOMPARE(error.text(), QStringLiteral("m\n\nd"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
