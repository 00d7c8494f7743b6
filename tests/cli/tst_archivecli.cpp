// `breachdesk export-archive` and `verify-archive` through the real executable: an archive written from the
// workspace verifies, a damaged one does not, and mistakes get clear messages and exit codes.
#include "clitestsupport.h"
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");

} // namespace

class TestArchiveCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportedArchiveVerifies();
    void damagedArchiveFailsVerification();
    void mistakesGetClearMessages();

private:
    Result run(const QStringList& args) const;
    Result runWs(const QStringList& args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestArchiveCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    const Result imported = runWs({QStringLiteral("import-incident"), demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Result TestArchiveCli::run(const QStringList& args) const
{
    return test::runBreachdesk(m_dir->path(), args, {}, 60000);
}

// --create: these tests start from no workspace (tst_workspacecli tests refusing a missing one).
Result TestArchiveCli::runWs(const QStringList& args) const
{
    return run(QStringList{args.value(0), QStringLiteral("--workspace"), m_ws, QStringLiteral("--create")} +
               args.mid(1));
}

void TestArchiveCli::exportedArchiveVerifies()
{
    const QString zip = m_dir->filePath(QStringLiteral("record.zip"));
    const Result written = runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"),
                                  QStringLiteral("INC-2024-003"), zip});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(QFileInfo(zip).size() > 0);
    QVERIFY2(written.out.contains(QLatin1String("manifest SHA-256")), qPrintable(written.out));

    const Result verified = run({QStringLiteral("verify-archive"), zip});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("is intact")), qPrintable(verified.out));
    // The same manifest hash in both reports: the one the audit trail keeps for this export.
    const QString hash = written.out.section(QLatin1String("SHA-256 "), 1).left(64);
    QCOMPARE(hash.size(), 64);
    QVERIFY(verified.out.contains(hash));
}

void TestArchiveCli::damagedArchiveFailsVerification()
{
    const QString zip = m_dir->filePath(QStringLiteral("record.zip"));
    QCOMPARE(runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"),
                    QStringLiteral("INC-2024-003"), zip})
                 .exitCode,
             0);
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x5A); // inside a member's data
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const Result verified = run({QStringLiteral("verify-archive"), zip});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains(QLatin1String("does not match its manifest")), qPrintable(verified.err));
}

void TestArchiveCli::mistakesGetClearMessages()
{
    const Result unknown = runWs({QStringLiteral("export-archive"), QStringLiteral("--incident"),
                                  QStringLiteral("INC-1999-999"), m_dir->filePath(QStringLiteral("x.zip"))});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("INC-1999-999")), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.zip"))));

    const Result usage = runWs({QStringLiteral("export-archive"), m_dir->filePath(QStringLiteral("x.zip"))});
    QCOMPARE(usage.exitCode, 1);
    QVERIFY2(usage.err.contains(QLatin1String("--incident")), qPrintable(usage.err));

    const Result missing =
        run({QStringLiteral("verify-archive"), m_dir->filePath(QStringLiteral("none.zip"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QLatin1String("none.zip")), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
