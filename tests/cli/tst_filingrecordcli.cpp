// The record of what was filed and published, through the real executable: the demo incident imported from
// its JSON into a fresh workspace shows its PPC reports filed (not overdue), its public notice's next edition
// is 第2報 quoting the 第1報 of 2024-10-07, the "filings" block survives export and import, a version 1 file
// still reads, and a bad "filings" block is refused naming the path, with nothing imported.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString v1File = QStringLiteral(BD_TEST_DATA_DIR "/incident/demo-incident-v1.json");
const QString demo = QStringLiteral("INC-2024-003");

QJsonObject findByKey(const QJsonArray& array, const QString& key)
{
    for (const QJsonValue& v : array)
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    return {};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFilingRecordCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void demoOpensWithItsReportsFiled();
    void publicNoticeCountsOnFromTheRecordedEdition();
    void exportAndImportKeepTheFilings();
    void versionOneFileStillReads();
    void badFilingsBlockImportsNothing_data();
    void badFilingsBlockImportsNothing();

private:
    Result runWs(const QStringList& args, const QString& ws = {}) const;
    QString writeJson(const QString& name, const QJsonObject& root) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestFilingRecordCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("ws.breachdesk"));
    const Result created =
        test::runBreachdesk(m_dir->path(), {QStringLiteral("list-incidents"), QStringLiteral("--create"),
                                            QStringLiteral("--workspace"), m_ws});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
}

Result TestFilingRecordCli::runWs(const QStringList& args, const QString& ws) const
{
    QStringList all = args;
    all.insert(1, QStringLiteral("--workspace"));
    all.insert(2, ws.isEmpty() ? m_ws : ws);
    return test::runBreachdesk(m_dir->path(), all);
}

QString TestFilingRecordCli::writeJson(const QString& name, const QJsonObject& root) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(root).toJson());
    return path;
}

void TestFilingRecordCli::demoOpensWithItsReportsFiled()
{
    const Result imported = runWs({QStringLiteral("import-incident"), demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Long after every deadline: what was filed is filed, and nothing filed shows as overdue.
    const Result r =
        runWs({QStringLiteral("obligations"), QStringLiteral("--incident"), demo, QStringLiteral("--json"),
               QStringLiteral("--now"), QStringLiteral("2024-12-20T12:00:00+09:00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray filings =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("filings")).toArray();
    QVERIFY(!filings.isEmpty());
    for (const char* key : {"ppc_preliminary", "ppc_final"})
        QCOMPARE(findByKey(filings, QLatin1String(key)).value(QStringLiteral("state")).toString(),
                 QStringLiteral("filed"));
    for (const QJsonValue& f : filings)
        QVERIFY2(f.toObject().value(QStringLiteral("state")).toString() != QLatin1String("overdue"),
                 qPrintable(f.toObject().value(QStringLiteral("key")).toString()));
    // The consignor notices the data sets record as given are filed as well.
    QCOMPARE(findByKey(filings, QStringLiteral("consignor_notice:あおば損害保険株式会社"))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("filed"));

    // The table says so too, and the file alone (no workspace) reads the same record.
    const Result table = runWs({QStringLiteral("obligations"), QStringLiteral("--incident"), demo,
                                QStringLiteral("--now"), QStringLiteral("2024-12-20T12:00:00+09:00")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(!table.out.contains(QStringLiteral("overdue")), qPrintable(table.out));
    const Result file = test::runBreachdesk(m_dir->path(), {QStringLiteral("obligations"), demoFile,
                                                            QStringLiteral("--json"), QStringLiteral("--now"),
                                                            QStringLiteral("2024-12-20T12:00:00+09:00")});
    QVERIFY2(file.exitCode == 0, qPrintable(file.err));
    const QJsonArray fromFile =
        QJsonDocument::fromJson(file.out.toUtf8()).object().value(QStringLiteral("filings")).toArray();
    QCOMPARE(findByKey(fromFile, QStringLiteral("ppc_final")).value(QStringLiteral("state")).toString(),
             QStringLiteral("filed"));
}

void TestFilingRecordCli::publicNoticeCountsOnFromTheRecordedEdition()
{
    const Result imported = runWs({QStringLiteral("import-incident"), demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Result r =
        runWs({QStringLiteral("draft-filing"), QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
               QStringLiteral("public_notice"), QStringLiteral("--lang"), QStringLiteral("ja"),
               QStringLiteral("--date"), QStringLiteral("2024-11-05"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("第2報")), qPrintable(r.out.left(800)));
    QVERIFY2(!r.out.contains(QStringLiteral("第1報")), qPrintable(r.out.left(800)));
    QVERIFY2(r.out.contains(QStringLiteral("2024年10月7日付けで")), qPrintable(r.out.left(800)));
}

void TestFilingRecordCli::exportAndImportKeepTheFilings()
{
    QVERIFY(runWs({QStringLiteral("import-incident"), demoFile}).exitCode == 0);
    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    const Result out =
        runWs({QStringLiteral("export-incident"), QStringLiteral("--incident"), demo, exported});
    QVERIFY2(out.exitCode == 0, qPrintable(out.err));
    const QJsonObject first = QJsonDocument::fromJson(readFile(exported)).object();
    const QJsonObject filings = first.value(QStringLiteral("filings")).toObject();
    const QJsonObject original =
        QJsonDocument::fromJson(readFile(demoFile)).object().value(QStringLiteral("filings")).toObject();
    QCOMPARE(filings, original);

    // Into a second, fresh workspace and out again: the same block.
    const QString ws2 = m_dir->filePath(QStringLiteral("second.breachdesk"));
    QVERIFY(test::runBreachdesk(m_dir->path(), {QStringLiteral("list-incidents"), QStringLiteral("--create"),
                                                QStringLiteral("--workspace"), ws2})
                .exitCode == 0);
    const Result in = runWs({QStringLiteral("import-incident"), exported}, ws2);
    QVERIFY2(in.exitCode == 0, qPrintable(in.err));
    const QString again = m_dir->filePath(QStringLiteral("again.json"));
    QVERIFY(
        runWs({QStringLiteral("export-incident"), QStringLiteral("--incident"), demo, again}, ws2).exitCode ==
        0);
    QCOMPARE(QJsonDocument::fromJson(readFile(again)).object().value(QStringLiteral("filings")).toObject(),
             original);
    // And the second workspace drafts the next edition as the first would.
    const Result notice =
        runWs({QStringLiteral("draft-filing"), QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
               QStringLiteral("public_notice"), QStringLiteral("--date"), QStringLiteral("2024-11-05"),
               QStringLiteral("--text")},
              ws2);
    QVERIFY2(notice.out.contains(QStringLiteral("第2報")), qPrintable(notice.out.left(600)));
}

void TestFilingRecordCli::versionOneFileStillReads()
{
    const Result r = runWs({QStringLiteral("import-incident"), v1File});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Result list = runWs({QStringLiteral("list-incidents")});
    QVERIFY2(list.out.contains(demo), qPrintable(list.out));
}

void TestFilingRecordCli::badFilingsBlockImportsNothing_data()
{
    QTest::addColumn<QJsonObject>("filings");
    QTest::addColumn<QString>("expected");
    const auto record = [](const QJsonObject& extra) {
        QJsonObject o{{QStringLiteral("key"), QStringLiteral("ppc_preliminary")},
                      {QStringLiteral("state"), QStringLiteral("submitted")},
                      {QStringLiteral("submitted_on"), QStringLiteral("2024-09-02")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const auto edition = [](int n, const QString& on) {
        return QJsonObject{{QStringLiteral("edition"), n},
                           {QStringLiteral("languages"), QJsonArray{QStringLiteral("ja")}},
                           {QStringLiteral("published_on"), on}};
    };
    QTest::newRow("unknown key in a record")
        << QJsonObject{{QStringLiteral("records"),
                        QJsonArray{record({{QStringLiteral("receipt"), QStringLiteral("R6-1")}})}}}
        << "filings.records[0].receipt: is not a field of this format (misspelt?)";
    QTest::newRow("unknown key in the block")
        << QJsonObject{{QStringLiteral("editions"), QJsonArray{}}}
        << "filings.editions: is not a field of this format (misspelt?)";
    QTest::newRow("bad date")
        << QJsonObject{{QStringLiteral("records"),
                        QJsonArray{record({{QStringLiteral("submitted_on"), QStringLiteral("2024-09-31")}})}}}
        << "filings.records[0].submitted_on: expected a date as YYYY-MM-DD";
    QTest::newRow("submitted without a date")
        << QJsonObject{{QStringLiteral("records"),
                        QJsonArray{record({{QStringLiteral("submitted_on"), QJsonValue()}})}}}
        << "filings.records[0].submitted_on: is required";
    QTest::newRow("unknown filing")
        << QJsonObject{{QStringLiteral("records"),
                        QJsonArray{record({{QStringLiteral("key"), QStringLiteral("ppc_second")}})}}}
        << "filings.records[0].key: expected one of";
    QTest::newRow("unknown consignor")
        << QJsonObject{{QStringLiteral("records"),
                        QJsonArray{
                            record({{QStringLiteral("key"), QStringLiteral("consignor_notice:X社")}})}}}
        << "filings.records[0].key: \"X社\" names no consignor client";
    QTest::newRow("edition 0")
        << QJsonObject{{QStringLiteral("public_notice_editions"),
                        QJsonArray{edition(0, QStringLiteral("2024-10-07"))}}}
        << "filings.public_notice_editions[0].edition: must be a whole number from 1 to 999";
    QTest::newRow("duplicate edition")
        << QJsonObject{{QStringLiteral("public_notice_editions"),
                        QJsonArray{edition(1, QStringLiteral("2024-10-07")),
                                   edition(1, QStringLiteral("2024-10-09"))}}}
        << "filings.public_notice_editions[1].edition: edition 1 in \"ja\" is listed twice (also "
           "filings.public_notice_editions[0])";
    QTest::newRow("edition dated before the one it follows")
        << QJsonObject{{QStringLiteral("public_notice_editions"),
                        QJsonArray{edition(2, QStringLiteral("2024-10-01")),
                                   edition(1, QStringLiteral("2024-10-07"))}}}
        << "filings.public_notice_editions[0].published_on: edition 2 is dated 2024-10-01, before edition 1";
    QTest::newRow("no language") << QJsonObject{{QStringLiteral("public_notice_editions"),
                                                 QJsonArray{
                                                     QJsonObject{{QStringLiteral("edition"), 1},
                                                                 {QStringLiteral("languages"), QJsonArray{}},
                                                                 {QStringLiteral("published_on"),
                                                                  QStringLiteral("2024-10-07")}}}}}
                                 << "filings.public_notice_editions[0].languages: must be a list";
}

void TestFilingRecordCli::badFilingsBlockImportsNothing()
{
    QFETCH(QJsonObject, filings);
    QFETCH(QString, expected);
    QJsonObject root = QJsonDocument::fromJson(readFile(demoFile)).object();
    root.insert(QStringLiteral("filings"), filings);
    const QString path = writeJson(QStringLiteral("bad.json"), root);
    const Result r = runWs({QStringLiteral("import-incident"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    const Result list = runWs({QStringLiteral("list-incidents")});
    QVERIFY2(!list.out.contains(demo), qPrintable(list.out));
}

QTEST_GUILESS_MAIN(TestFilingRecordCli)
#include "tst_filingrecordcli.moc"
