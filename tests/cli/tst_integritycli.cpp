// A workspace whose record no longer proves itself, through the real executable (docs/audit-chain.md): every
// command stops with exit 5 and names the first failing audit entry; with --allow-damaged the reading
// commands work read-only (nothing recorded) and the writing ones still refuse; verify-archive finds an
// edited audit trail even when the manifest's file hash was updated to match. The attacks are made on a
// workspace the executable made, with a plain SQLite connection.
#include "clitestsupport.h"
#include "workspacetamper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString code = QStringLiteral("INC-2024-003");

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

} // namespace

class TestIntegrityCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void damagedWorkspace_everyCommandExits5_data();
    void damagedWorkspace_everyCommandExits5();
    void allowDamaged_readingCommandsWorkReadOnly();
    void allowDamaged_writingCommandsStillRefuse_data();
    void allowDamaged_writingCommandsStillRefuse();
    void droppedTrigger_exits5NamingIt();
    void archiveWithEditedAuditTrail_failsVerification();
    void restoreOfAlteredBackup_isRefused();

private:
    Result run(const QStringList& args) const { return test::runBreachdesk(m_dir->path(), args, {}, 60000); }
    Result runWs(const QStringList& args) const
    {
        return run(QStringList{args.value(0), QStringLiteral("--workspace"), m_ws} + args.mid(1));
    }
    // Changes the newest entry of the incident behind a re-created trigger; returns its id.
    qint64 editAnEntry();
    int auditRows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestIntegrityCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    const Result imported = run({QStringLiteral("import-incident"), QStringLiteral("--create"),
                                 QStringLiteral("--workspace"), m_ws, demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Result listed = runWs({QStringLiteral("list-incidents")});
    QVERIFY2(listed.exitCode == 0 && listed.err.isEmpty(), qPrintable(listed.err));
}

qint64 TestIntegrityCli::editAnEntry()
{
    bd::test::WorkspaceTamper raw(m_ws);
    const qint64 id =
        raw.scalar(QStringLiteral("SELECT max(id) FROM audit_log WHERE incident_id IS NOT NULL"))
            .toLongLong();
    if (!raw.behindTriggers(
            {QStringLiteral("audit_log_no_update")},
            {QStringLiteral("UPDATE audit_log SET after_value = 'nobody' WHERE id = %1").arg(id)}))
        return 0;
    return id;
}

int TestIntegrityCli::auditRows() const
{
    bd::test::WorkspaceTamper raw(m_ws);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

void TestIntegrityCli::damagedWorkspace_everyCommandExits5_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("out.file");
    QTest::newRow("list-incidents") << QStringList{QStringLiteral("list-incidents")};
    QTest::newRow("export-incident") << QStringList{QStringLiteral("export-incident"),
                                                    QStringLiteral("--incident"), code, out};
    QTest::newRow("import-incident") << QStringList{QStringLiteral("import-incident"),
                                                    QStringLiteral("--new-code"), demoFile};
    QTest::newRow("obligations") << QStringList{QStringLiteral("obligations"), QStringLiteral("--incident"),
                                                code};
    QTest::newRow("export-archive") << QStringList{QStringLiteral("export-archive"),
                                                   QStringLiteral("--incident"), code, out};
    QTest::newRow("export-recipients") << QStringList{QStringLiteral("export-recipients"),
                                                      QStringLiteral("--incident"),
                                                      code,
                                                      QStringLiteral("--group"),
                                                      QStringLiteral("employees"),
                                                      QStringLiteral("--format"),
                                                      QStringLiteral("csv"),
                                                      out};
    QTest::newRow("export-letters") << QStringList{
        QStringLiteral("export-letters"), QStringLiteral("--incident"), code, QStringLiteral("--group"),
        QStringLiteral("employees"),      QStringLiteral("--merged"),   out};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), out};
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), m_ws};
}

void TestIntegrityCli::damagedWorkspace_everyCommandExits5()
{
    QFETCH(QStringList, args);
    if (args.first() == QLatin1String("restore")) {
        // A good backup, made before the damage.
        const QString backup = m_dir->filePath(QStringLiteral("good.breachdesk"));
        QCOMPARE(runWs({QStringLiteral("backup"), backup}).exitCode, 0);
        args.last() = backup;
    }
    const qint64 entry = editAnEntry();
    QVERIFY(entry > 0);
    const int rows = auditRows();
    const QByteArray before = fileSha256(m_ws);
    const Result r = runWs(args);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(
        r.err.contains(QStringLiteral("Audit entry %1 (incident %2) has been changed").arg(entry).arg(code)),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--allow-damaged")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("out.file"))));
    QCOMPARE(auditRows(), rows);
    QCOMPARE(fileSha256(m_ws), before);
}

void TestIntegrityCli::allowDamaged_readingCommandsWorkReadOnly()
{
    const qint64 entry = editAnEntry();
    QVERIFY(entry > 0);
    const int rows = auditRows();
    const Result listed = runWs({QStringLiteral("list-incidents"), QStringLiteral("--allow-damaged")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(code));
    QVERIFY2(listed.err.contains(QStringLiteral("Warning:")) &&
                 listed.err.contains(QStringLiteral("Audit entry %1").arg(entry)) &&
                 listed.err.contains(QStringLiteral("read-only")),
             qPrintable(listed.err));

    const QString json = m_dir->filePath(QStringLiteral("incident.json"));
    const Result exported = runWs({QStringLiteral("export-incident"), QStringLiteral("--allow-damaged"),
                                   QStringLiteral("--incident"), code, json});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFileInfo(json).size() > 0);
    QVERIFY2(exported.err.contains(QStringLiteral("not recorded")), qPrintable(exported.err));
    // Nothing was written to the damaged workspace, not even the export's audit entry.
    QCOMPARE(auditRows(), rows);

    // A copy of it for the record: the backup is as damaged as the workspace, and says so when opened.
    const QString backup = m_dir->filePath(QStringLiteral("evidence.breachdesk"));
    const Result copied = runWs({QStringLiteral("backup"), QStringLiteral("--allow-damaged"), backup});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    const Result reopened = run({QStringLiteral("list-incidents"), QStringLiteral("--workspace"), backup});
    QCOMPARE(reopened.exitCode, 5);
    QVERIFY2(reopened.err.contains(QStringLiteral("Audit entry %1").arg(entry)), qPrintable(reopened.err));
}

void TestIntegrityCli::allowDamaged_writingCommandsStillRefuse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import-incident") << QStringList{QStringLiteral("import-incident"),
                                                    QStringLiteral("--new-code"), demoFile};
    QTest::newRow("import-recipients")
        << QStringList{QStringLiteral("import-recipients"),
                       QStringLiteral("--incident"),
                       code,
                       QStringLiteral("--group"),
                       QStringLiteral("employees"),
                       QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv")};
}

void TestIntegrityCli::allowDamaged_writingCommandsStillRefuse()
{
    QFETCH(QStringList, args);
    QVERIFY(editAnEntry() > 0);
    const int rows = auditRows();
    const QByteArray before = fileSha256(m_ws);
    const Result r = runWs(args + QStringList{QStringLiteral("--allow-damaged")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("refused even with --allow-damaged")), qPrintable(r.err));
    QCOMPARE(auditRows(), rows);
    QCOMPARE(fileSha256(m_ws), before);
}

void TestIntegrityCli::droppedTrigger_exits5NamingIt()
{
    {
        bd::test::WorkspaceTamper raw(m_ws);
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    }
    const Result r = runWs({QStringLiteral("list-incidents")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("The protective trigger audit_log_no_delete is missing")),
             qPrintable(r.err));
}

void TestIntegrityCli::archiveWithEditedAuditTrail_failsVerification()
{
    const QString zipPath = m_dir->filePath(QStringLiteral("record.zip"));
    QCOMPARE(runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"), code, zipPath}).exitCode,
             0);
    const Result intact = run({QStringLiteral("verify-archive"), zipPath});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));

    // Read every entry, change one audit entry's "after", update the manifest's hash of audit.json, write
    // back.
    QList<std::pair<QString, QByteArray>> files;
    {
        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files.append({zip.getCurrentFileName(), f.readAll()});
        }
    }
    qint64 edited = 0;
    QByteArray audit;
    for (auto& [name, bytes] : files) {
        if (name != QLatin1String("audit.json"))
            continue;
        QJsonArray entries = QJsonDocument::fromJson(bytes).array();
        QJsonObject first = entries.at(0).toObject();
        edited = qint64(first.value(QStringLiteral("id")).toDouble());
        first[QStringLiteral("who")] = QStringLiteral("someone else");
        entries[0] = first;
        bytes = QJsonDocument(entries).toJson();
        audit = bytes;
    }
    QVERIFY(edited > 0);
    for (auto& [name, bytes] : files) {
        if (name != QLatin1String("manifest.json"))
            continue;
        QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
        QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QJsonObject f = listed.at(i).toObject();
            if (f.value(QStringLiteral("path")).toString() == QLatin1String("audit.json")) {
                f[QStringLiteral("sha256")] =
                    QString::fromLatin1(QCryptographicHash::hash(audit, QCryptographicHash::Sha256).toHex());
                f[QStringLiteral("size")] = qint64(audit.size());
                listed[i] = f;
            }
        }
        manifest[QStringLiteral("files")] = listed;
        bytes = QJsonDocument(manifest).toJson();
    }
    const QString tampered = m_dir->filePath(QStringLiteral("tampered.zip"));
    {
        QuaZip zip(tampered);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const auto& [name, bytes] : files) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            f.write(bytes);
            f.close();
        }
        zip.close();
    }
    const Result r = run({QStringLiteral("verify-archive"), tampered});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Audit entry %1 in audit.json has been changed").arg(edited)),
             qPrintable(r.err));
}

void TestIntegrityCli::restoreOfAlteredBackup_isRefused()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.breachdesk"));
    const Result made = runWs({QStringLiteral("backup"), backup});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    {
        bd::test::WorkspaceTamper raw(backup);
        QVERIFY2(raw.behindTriggers({QStringLiteral("audit_log_no_update")},
                                    {QStringLiteral("UPDATE audit_log SET after_value = 'nobody' WHERE id = "
                                                    "(SELECT min(id) FROM audit_log)")}),
                 qPrintable(raw.lastError()));
    }
    const QByteArray before = fileSha256(m_ws);
    const Result restored = runWs({QStringLiteral("restore"), backup});
    QCOMPARE(restored.exitCode, 5);
    QVERIFY2(restored.err.contains(QStringLiteral("Nothing was restored")) &&
                 restored.err.contains(QStringLiteral("no longer proves itself")),
             qPrintable(restored.err));
    QCOMPARE(fileSha256(m_ws), before);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestIntegrityCli)
#include "tst_integritycli.moc"
