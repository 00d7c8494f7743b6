// `breachdesk export-archive` and `verify-archive` through the real executable: an archive written from the
// workspace verifies, a damaged one does not, and mistakes get clear messages and exit codes.
#include "clitestsupport.h"
#include "hostilecli.h"
#include "hostilezip.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");

// An archive of incident.json, audit.json (a few hundred KiB of JSON) and a manifest listing them; `hostile`
// then replaces or adds an entry.
QList<test::ZipPart> archiveParts(const QString& hostile)
{
    using namespace Qt::StringLiterals;
    QJsonArray audit;
    for (int i = 0; i < 5000; ++i)
        audit.append(
            QJsonObject{{u"id"_s, i}, {u"field"_s, u"summary"_s}, {u"after"_s, u"概要 %1"_s.arg(i)}});
    QList<test::ZipPart> parts{{u"incident.json"_s, "{}"}, {u"audit.json"_s, QJsonDocument(audit).toJson()}};
    QJsonArray files;
    for (const test::ZipPart& p : parts)
        files.append(QJsonObject{
            {u"path"_s, p.name},
            {u"sha256"_s,
             QString::fromLatin1(QCryptographicHash::hash(p.data, QCryptographicHash::Sha256).toHex())}});
    if (hostile == u"bomb"_s)
        parts[1] = test::bombPart(u"audit.json"_s, test::spacesBomb("[\"", 5120, "\"]"));
    else if (hostile == u"duplicate"_s)
        parts.append({u"incident.json"_s, R"({"code":"tampered"})"});
    else if (hostile == u"symlink"_s)
        parts.append({u"documents/link.pdf"_s, "/etc/passwd", false, 0, 0, 0120777u << 16});
    else if (hostile == u"parent"_s)
        parts.append({u"../outside.pdf"_s, "x"});
    else if (hostile == u"absolute"_s)
        parts.append({u"/tmp/outside.pdf"_s, "x"});
    else if (hostile == u"backslash"_s)
        parts.append({u"documents\\x.pdf"_s, "x"});
    parts.append(
        {u"manifest.json"_s,
         QJsonDocument(QJsonObject{{u"format"_s, u"breachdesk-archive"_s}, {u"files"_s, files}}).toJson()});
    return parts;
}

} // namespace

class TestArchiveCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void exportedArchiveVerifies();
    void damagedArchiveFailsVerification();
    void mistakesGetClearMessages();
    void hostileArchive_endsWithExitCode2_data();
    void hostileArchive_endsWithExitCode2();

private:
    Result run(const QStringList& args) const;
    Result runWs(const QStringList& args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestArchiveCli::initTestCase()
{
    // A regression (an archive read whole into memory) must fail here, not take the machine's memory.
    QVERIFY(test::capAddressSpace(rlim_t(4) << 30));
}

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

void TestArchiveCli::hostileArchive_endsWithExitCode2_data()
{
    QTest::addColumn<QString>("hostile");
    QTest::addColumn<QString>("problem");
    QTest::newRow("corrupt") << u"corrupt"_s << u"audit.json is damaged (the compressed data is corrupt)."_s;
    QTest::newRow("zip bomb") << u"bomb"_s
                              << u"audit.json expands more than 100 times: refused as a possible zip bomb."_s;
    QTest::newRow("duplicate") << u"duplicate"_s
                               << u"incident.json appears more than once in the archive: refused."_s;
    QTest::newRow("symlink") << u"symlink"_s << u"documents/link.pdf is a symbolic link: refused."_s;
    QTest::newRow("parent") << u"parent"_s << u"../outside.pdf contains a .. component: refused."_s;
    QTest::newRow("absolute") << u"absolute"_s << u"/tmp/outside.pdf is an absolute path: refused."_s;
    QTest::newRow("backslash") << u"backslash"_s << u"documents\\x.pdf contains a backslash: refused."_s;
}

// Archives made to hurt end within seconds, in little memory, with exit code 2 and the problem named (a 6 MB
// zip used to take 6 GB; a broken deflate stream, duplicates and links were not reported).
void TestArchiveCli::hostileArchive_endsWithExitCode2()
{
    QFETCH(QString, hostile);
    QFETCH(QString, problem);
    const QString zip = m_dir->filePath(u"hostile.zip"_s);
    QVERIFY(test::writeZip(zip, archiveParts(hostile)));
    if (hostile == u"corrupt"_s)
        QVERIFY(test::corruptEntry(zip, u"audit.json"_s, 0.0, 64));
    QElapsedTimer timer;
    timer.start();
    const Result verified = run({u"verify-archive"_s, zip});
    const qint64 ms = timer.elapsed();
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.err.contains(u"  "_s + problem + u'\n'), qPrintable(verified.err));
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    QVERIFY2(test::childrenPeakRssKiB() < 300 * 1024,
             qPrintable(QString::number(test::childrenPeakRssKiB())));
    qInfo("%s: exit %d after %lld ms; largest run so far %ld KiB", qPrintable(hostile), verified.exitCode, ms,
          test::childrenPeakRssKiB());
}

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
