// The workspace through the real executable: opened, never conjured (a missing workspace is exit 2 with
// nothing left behind, unless --create); personal data at rest (files 0600, folders 0700, no core dumps);
// a read-only workspace still serves the reading commands; outputs never destroy inputs (the workspace's own
// files are refused by device and inode, devices and FIFOs are written into, "-" is standard output); no
// false success (a full disk or a locked workspace: non-zero exit, no file, no audit entry); every export
// is audited with its SHA-256; backup and restore go through SQLite.
#include "clitestsupport.h"
#include "workspacepeek.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString code = QStringLiteral("INC-2024-003");

QByteArray sha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

int modeOf(const QString& path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

using test::peekWorkspace;

} // namespace

class TestWorkspaceCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void missingWorkspaceIsRefused_data();
    void missingWorkspaceIsRefused();
    void createMakesPrivateFilesAndFolders();
    void noCoreDumps();
    void readOnlyWorkspaceServesReadingCommands();
    void workspaceFilesAreNeverAnOutput_data();
    void workspaceFilesAreNeverAnOutput();
    void devicesAndFifosAreWrittenInto();
    void dashIsStandardOutput_data();
    void dashIsStandardOutput();
    void fullDiskIsAFailureWithNothingLeft();
    void lockedWorkspaceIsExit3WithNothingWritten();
    void everyExportIsAudited();
    void backupAndRestore();
    void badBackupChangesNothing();

private:
    Result run(const QStringList& args, const QStringList& wrapper = {}) const;
    Result runWs(const QStringList& args, const QStringList& wrapper = {}) const;
    QStringList exportEntries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestWorkspaceCli::init()
{
    ::umask(022); // what a desktop session usually has: the program must not rely on it
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    const Result imported = run({QStringLiteral("import-incident"), QStringLiteral("--create"),
                                 QStringLiteral("--workspace"), m_ws, demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Result TestWorkspaceCli::run(const QStringList& args, const QStringList& wrapper) const
{
    return test::runBreachdesk(m_dir->path(), args, {}, 60000, wrapper);
}

Result TestWorkspaceCli::runWs(const QStringList& args, const QStringList& wrapper) const
{
    return run(QStringList{args.value(0), QStringLiteral("--workspace"), m_ws} + args.mid(1), wrapper);
}

QStringList TestWorkspaceCli::exportEntries() const
{
    return peekWorkspace(m_ws,
                         QStringLiteral("SELECT field || ' ' || after_value FROM audit_log WHERE entity IN "
                                        "('export', 'archive') ORDER BY id"));
}

void TestWorkspaceCli::missingWorkspaceIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("out.file");
    QTest::newRow("list-incidents") << QStringList{QStringLiteral("list-incidents")};
    QTest::newRow("export-incident") << QStringList{QStringLiteral("export-incident"),
                                                    QStringLiteral("--incident"), code, out};
    QTest::newRow("import-incident") << QStringList{QStringLiteral("import-incident"), demoFile};
    QTest::newRow("obligations") << QStringList{QStringLiteral("obligations"), QStringLiteral("--incident"),
                                                code};
    QTest::newRow("export-archive") << QStringList{QStringLiteral("export-archive"),
                                                   QStringLiteral("--incident"), code, out};
    QTest::newRow("export-recipients")
        << QStringList{QStringLiteral("export-recipients"), QStringLiteral("--incident"), code,
                       QStringLiteral("--group"),           QStringLiteral("employees"),  out};
    QTest::newRow("export-letters") << QStringList{
        QStringLiteral("export-letters"), QStringLiteral("--incident"), code, QStringLiteral("--group"),
        QStringLiteral("employees"),      QStringLiteral("--merged"),   out};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), out};
}

void TestWorkspaceCli::missingWorkspaceIsRefused()
{
    QFETCH(QStringList, args);
    const QString folder = m_dir->filePath(QStringLiteral("nowhere"));
    const QString missing = folder + QStringLiteral("/ws.breachdesk");
    const Result r = run(QStringList{args.value(0), QStringLiteral("--workspace"), missing} + args.mid(1));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("There is no workspace at")) &&
                 r.err.contains(QLatin1String("--create")),
             qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(folder), "a folder was made for a workspace that was not to be created");
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.file"))));
}

void TestWorkspaceCli::createMakesPrivateFilesAndFolders()
{
    const QString folder = m_dir->filePath(QStringLiteral("new/sub"));
    const QString ws = folder + QStringLiteral("/ws.breachdesk");
    const Result r = run({QStringLiteral("import-incident"), QStringLiteral("--create"),
                          QStringLiteral("--workspace"), ws, demoFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(ws), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("new"))), 0700);
    QCOMPARE(modeOf(m_ws), 0600);

    // Exports and archives are private too, whatever the caller's umask.
    const QString zip = m_dir->filePath(QStringLiteral("record.zip"));
    const QString json = m_dir->filePath(QStringLiteral("incident.json"));
    const QString csv = m_dir->filePath(QStringLiteral("people.csv"));
    const QString backup = m_dir->filePath(QStringLiteral("copy.breachdesk"));
    QCOMPARE(runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code, zip}).exitCode, 0);
    QCOMPARE(runWs({QStringLiteral("export-incident"), QStringLiteral("--incident"), code, json}).exitCode,
             0);
    QCOMPARE(runWs({QStringLiteral("export-recipients"), QStringLiteral("--incident"), code,
                    QStringLiteral("--group"), QStringLiteral("employees"), csv})
                 .exitCode,
             0);
    QCOMPARE(runWs({QStringLiteral("backup"), backup}).exitCode, 0);
    for (const QString& file : {zip, json, csv, backup})
        QVERIFY2(modeOf(file) == 0600, qPrintable(file));
}

void TestWorkspaceCli::noCoreDumps()
{
    // A command that waits on its input (a FIFO that nobody writes yet) stays alive to be looked at.
    const QString fifo = m_dir->filePath(QStringLiteral("list.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(BD_BREACHDESK),
            {QStringLiteral("import-recipients"), QStringLiteral("--workspace"), m_ws,
             QStringLiteral("--incident"), code, QStringLiteral("--group"), QStringLiteral("employees"),
             fifo});
    QVERIFY(p.waitForStarted());
    const QString limits = QStringLiteral("/proc/%1/limits").arg(p.processId());
    QString coreLine;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(limits);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray& line : file.readAll().split('\n'))
                if (line.startsWith("Max core file size"))
                    coreLine = QString::fromLatin1(line.simplified());
            // The limit is set first thing in main(); wait until the process has got there.
            return coreLine.contains(QLatin1String("size 0 0"));
        }(),
        10000);
    {
        QFile writer(fifo); // end the command: an empty list
        QVERIFY(writer.open(QIODevice::WriteOnly));
    }
    QVERIFY(p.waitForFinished(30000));
}

void TestWorkspaceCli::readOnlyWorkspaceServesReadingCommands()
{
    // A folder and a file nobody may write, and no -wal or -shm beside the workspace. As root, permissions do
    // not bind: the commands then run as "nobody" through setpriv.
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    const QString ws = folder + QStringLiteral("/ws.breachdesk");
    QVERIFY(QFile::copy(m_ws, ws));
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-wal")) &&
            !QFileInfo::exists(ws + QStringLiteral("-shm")));
    QCOMPARE(::chmod(QFile::encodeName(ws).constData(), 0444), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755), 0);
    const QStringList asNobody =
        ::geteuid() == 0 ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                       QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                         : QStringList{};
    const auto runRo = [&](const QStringList& args) {
        return run(QStringList{args.value(0), QStringLiteral("--workspace"), ws} + args.mid(1), asNobody);
    };
    const Result list = runRo({QStringLiteral("list-incidents")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(code));
    const Result json =
        runRo({QStringLiteral("export-incident"), QStringLiteral("--incident"), code, QStringLiteral("-")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QVERIFY(json.out.contains(QLatin1String("\"code\": \"INC-2024-003\"")));
    QVERIFY2(json.err.contains(QLatin1String("not recorded")), qPrintable(json.err));
    const Result obligations = runRo({QStringLiteral("obligations"), QStringLiteral("--incident"), code});
    QVERIFY2(obligations.exitCode == 0, qPrintable(obligations.err));
    // Writing commands say why they cannot.
    const Result import = runRo({QStringLiteral("import-incident"), QStringLiteral("--new-code"), demoFile});
    QCOMPARE(import.exitCode, 4);
    QVERIFY(!QFileInfo::exists(ws + QStringLiteral("-shm")));
    ::chmod(QFile::encodeName(folder).constData(), 0755);
}

void TestWorkspaceCli::workspaceFilesAreNeverAnOutput_data()
{
    QTest::addColumn<QString>("target"); // relative to the test folder; "WS" is the workspace
    QTest::addColumn<QStringList>("command");
    const QStringList archive{QStringLiteral("export-archive"), QStringLiteral("--incident"), code};
    const QStringList incident{QStringLiteral("export-incident"), QStringLiteral("--incident"), code};
    const QStringList recipients{QStringLiteral("export-recipients"), QStringLiteral("--incident"), code,
                                 QStringLiteral("--group"), QStringLiteral("employees")};
    QTest::newRow("archive over the workspace") << QStringLiteral("WS") << archive;
    QTest::newRow("archive over the -wal") << QStringLiteral("WS-wal") << archive;
    QTest::newRow("archive over the -shm") << QStringLiteral("WS-shm") << archive;
    QTest::newRow("archive over the journal") << QStringLiteral("WS-journal") << archive;
    QTest::newRow("archive through a symlink") << QStringLiteral("link.zip") << archive;
    QTest::newRow("archive through a hard link") << QStringLiteral("hard.zip") << archive;
    QTest::newRow("archive through ../") << QStringLiteral("sub/../WS") << archive;
    QTest::newRow("incident over the workspace") << QStringLiteral("WS") << incident;
    QTest::newRow("recipients over the workspace") << QStringLiteral("link.zip") << recipients;
    QTest::newRow("backup over the workspace")
        << QStringLiteral("WS") << QStringList{QStringLiteral("backup")};
}

void TestWorkspaceCli::workspaceFilesAreNeverAnOutput()
{
    QFETCH(QString, target);
    QFETCH(QStringList, command);
    QVERIFY(QFile::link(m_ws, m_dir->filePath(QStringLiteral("link.zip"))));
    QCOMPARE(::link(QFile::encodeName(m_ws).constData(),
                    QFile::encodeName(m_dir->filePath(QStringLiteral("hard.zip"))).constData()),
             0);
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
    // The first recipient export makes the incident's built-in groups: let that happen before comparing.
    QCOMPARE(runWs({QStringLiteral("export-recipients"), QStringLiteral("--incident"), code,
                    QStringLiteral("--group"), QStringLiteral("employees"), QStringLiteral("/dev/null")})
                 .exitCode,
             0);
    const QByteArray before = sha256(m_ws);
    QString path = target;
    path.replace(QLatin1String("WS"), QFileInfo(m_ws).fileName());
    const Result r = runWs(command << m_dir->filePath(path));
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("open workspace")) ||
                 r.err.contains(QLatin1String("already exists")),
             qPrintable(r.err));
    QCOMPARE(sha256(m_ws), before);
    const Result list = runWs({QStringLiteral("list-incidents")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(code));
}

void TestWorkspaceCli::devicesAndFifosAreWrittenInto()
{
    // /dev/stdout is a link to the process's standard output: written into, never replaced.
    const Result out = runWs({QStringLiteral("export-incident"), QStringLiteral("--incident"), code,
                              QStringLiteral("/dev/stdout")});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    QVERIFY(out.out.contains(QLatin1String("\"code\": \"INC-2024-003\"")));
    QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());

    // A FIFO stays a FIFO and its reader gets the whole archive.
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.zip"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    QThread* reader = QThread::create([&] {
        QFile file(fifo);
        if (file.open(QIODevice::ReadOnly))
            received = file.readAll();
    });
    reader->start();
    const Result zip = runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code, fifo});
    QVERIFY(reader->wait(30000));
    delete reader;
    QVERIFY2(zip.exitCode == 0, qPrintable(zip.err));
    QVERIFY(received.startsWith("PK"));
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestWorkspaceCli::dashIsStandardOutput_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("export-incident") << QStringList{QStringLiteral("export-incident"),
                                                    QStringLiteral("--incident"), code, QStringLiteral("-")}
                                     << QByteArray("{");
    QTest::newRow("export-archive") << QStringList{QStringLiteral("export-archive"),
                                                   QStringLiteral("--incident"), code, QStringLiteral("-")}
                                    << QByteArray("PK");
    QTest::newRow("export-letters --merged") << QStringList{QStringLiteral("export-letters"),
                                                            QStringLiteral("--incident"),
                                                            code,
                                                            QStringLiteral("--group"),
                                                            QStringLiteral("consignor_clients"),
                                                            QStringLiteral("--kind"),
                                                            QStringLiteral("consignor"),
                                                            QStringLiteral("--merged"),
                                                            QStringLiteral("-")}
                                             << QByteArray("%PDF");
    QTest::newRow("export-recipients xlsx") << QStringList{QStringLiteral("export-recipients"),
                                                           QStringLiteral("--incident"),
                                                           code,
                                                           QStringLiteral("--group"),
                                                           QStringLiteral("employees"),
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("xlsx"),
                                                           QStringLiteral("-")}
                                            << QByteArray("PK");
}

void TestWorkspaceCli::dashIsStandardOutput()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, starts);
    if (command.first() == QLatin1String("export-letters")) {
        const Result imported = runWs({QStringLiteral("import-recipients"), QStringLiteral("--incident"),
                                       code, QStringLiteral("--group"), QStringLiteral("consignor_clients"),
                                       QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/recipients/"
                                                                       "consignor_clients.csv")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    // With the test's private home: export-archive makes a signing key in the user's configuration folder.
    QProcess p;
    test::prepareBreachdesk(p, m_dir->path());
    p.setArguments(QStringList{command.value(0), QStringLiteral("--workspace"), m_ws} + command.mid(1));
    p.start();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.startsWith(starts), out.left(80).constData());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("-"))));
}

void TestWorkspaceCli::fullDiskIsAFailureWithNothingLeft()
{
    const QStringList before = exportEntries();
    // A device that is always full.
    const Result full = runWs(
        {QStringLiteral("export-archive"), QStringLiteral("--incident"), code, QStringLiteral("/dev/full")});
    QCOMPARE(full.exitCode, 8);
    QVERIFY2(full.err.contains(QLatin1String("No space left on device")), qPrintable(full.err));
    QCOMPARE(exportEntries(), before);

    // A regular file on a disk that fills up half-way: a real 8 KiB tmpfs, mounted in a private mount
    // namespace for the one command (the archive is 12 KiB). What is left on it is listed before it goes.
    const QString small = m_dir->filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(small));
    const QStringList onSmallDisk{QStringLiteral("unshare"),
                                  QStringLiteral("--mount"),
                                  QStringLiteral("--map-root-user"),
                                  QStringLiteral("sh"),
                                  QStringLiteral("-c"),
                                  QStringLiteral("mount -t tmpfs -o size=8k tmpfs \"$0\" || exit 99; \"$@\"; "
                                                 "code=$?; echo LEFT:; ls -A \"$0\"; exit $code"),
                                  small};
    const Result limited = runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code,
                                  small + QStringLiteral("/record.zip")},
                                 onSmallDisk);
    QVERIFY2(limited.exitCode != 99, "could not mount a tmpfs in a private mount namespace");
    QCOMPARE(limited.exitCode, 8);
    QVERIFY2(limited.err.contains(QLatin1String("No space left on device")), qPrintable(limited.err));
    QCOMPARE(limited.out.section(QLatin1String("LEFT:"), 1).trimmed(), QString()); // no file, no temporary
    QCOMPARE(exportEntries(), before);
}

void TestWorkspaceCli::lockedWorkspaceIsExit3WithNothingWritten()
{
    const QStringList before = exportEntries();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(m_ws);
    QVERIFY(db.open());
    QSqlQuery hold(db);
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QString zip = m_dir->filePath(QStringLiteral("record.zip"));
    const Result r = runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code, zip});
    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    hold.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(zip));
    QCOMPARE(exportEntries(), before);
}

void TestWorkspaceCli::everyExportIsAudited()
{
    const QString zip = m_dir->filePath(QStringLiteral("record.zip"));
    const QString json = m_dir->filePath(QStringLiteral("incident.json"));
    const QString xlsx = m_dir->filePath(QStringLiteral("people.xlsx"));
    const QString backup = m_dir->filePath(QStringLiteral("copy.breachdesk"));
    QCOMPARE(runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code, zip}).exitCode, 0);
    QCOMPARE(runWs({QStringLiteral("export-incident"), QStringLiteral("--incident"), code, json}).exitCode,
             0);
    QCOMPARE(runWs({QStringLiteral("export-recipients"), QStringLiteral("--incident"), code,
                    QStringLiteral("--group"), QStringLiteral("employees"), xlsx})
                 .exitCode,
             0);
    QCOMPARE(runWs({QStringLiteral("backup"), backup}).exitCode, 0);
    const QString entries = exportEntries().join(u'\n');
    for (const QString& file : {zip, json, xlsx, backup})
        QVERIFY2(entries.contains(QString::fromLatin1(sha256(file))), qPrintable(file + u'\n' + entries));
    QVERIFY2(entries.contains(QLatin1String("recipients employees, xlsx, 0 records")), qPrintable(entries));
}

void TestWorkspaceCli::backupAndRestore()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.breachdesk"));
    const Result made = runWs({QStringLiteral("backup"), backup});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
    QCOMPARE(peekWorkspace(backup, QStringLiteral("PRAGMA integrity_check")),
             QStringList{QStringLiteral("ok")});
    // Never over an existing file.
    QCOMPARE(runWs({QStringLiteral("backup"), backup}).exitCode, 8);

    // Later work, then the backup comes back: the later incident is gone, and kept in the safety copy.
    const Result second = runWs({QStringLiteral("import-incident"), QStringLiteral("--new-code"), demoFile});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(peekWorkspace(m_ws, QStringLiteral("SELECT count(*) FROM incident")),
             QStringList{QStringLiteral("2")});
    const Result restored = runWs({QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(peekWorkspace(m_ws, QStringLiteral("SELECT count(*) FROM incident")),
             QStringList{QStringLiteral("1")});
    const QStringList safety =
        QDir(m_dir->path()).entryList({QStringLiteral("workspace.before-restore-*.breachdesk")}, QDir::Files);
    QCOMPARE(safety.size(), 1);
    QCOMPARE(peekWorkspace(m_dir->filePath(safety.first()), QStringLiteral("SELECT count(*) FROM incident")),
             QStringList{QStringLiteral("2")});
    QVERIFY(peekWorkspace(m_ws, QStringLiteral("SELECT field FROM audit_log WHERE entity = 'workspace'"))
                .contains(QStringLiteral("restored")));
}

void TestWorkspaceCli::badBackupChangesNothing()
{
    const QByteArray before = sha256(m_ws);
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.breachdesk"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const Result r = runWs({QStringLiteral("restore"), garbage});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QLatin1String("Nothing was restored")), qPrintable(r.err));

    // A good backup with one damaged page fails SQLite's integrity check.
    const QString backup = m_dir->filePath(QStringLiteral("backup.breachdesk"));
    QCOMPARE(runWs({QStringLiteral("backup"), backup}).exitCode, 0);
    {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xff'));
    }
    const QByteArray afterBackup = sha256(m_ws);
    const Result damaged = runWs({QStringLiteral("restore"), backup});
    QVERIFY(damaged.exitCode != 0);
    QCOMPARE(sha256(m_ws), afterBackup);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
    Q_UNUSED(before);
}

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspacecli.moc"
