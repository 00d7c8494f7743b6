// `breachdesk obligations` through the real executable: the table and --json from the workspace and from an
// incident JSON file, the officer's decisions from the workspace, and clear errors with their exit codes.
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"
#include "obligationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString now = QStringLiteral("2024-08-30T12:00:00+09:00");

QJsonObject find(const QJsonArray& array, const QString& key, const QString& value)
{
    for (const QJsonValue& v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

} // namespace

class TestObligationsCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void help_namesBothForms();
    void workspaceTable_showsTriggersReasonsAndDeadlines();
    void workspaceJson_hasRulesFilingsAndStates();
    void jsonFile_needsNoWorkspace();
    void decisionsAndFilingsFromWorkspaceAreUsed();
    void unknownCode_exitsTwoWithClearMessage();
    void usageErrors_exitOne_data();
    void usageErrors_exitOne();
    void invalidFile_exitsTwoNamingTheField();

private:
    Result run(const QStringList& args) const;
    Result runWs(const QStringList& args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestObligationsCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY2(QFileInfo::exists(demoFile), qPrintable(demoFile));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
    const Result imported = runWs({QStringLiteral("import-incident"), demoFile});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Result TestObligationsCli::run(const QStringList& args) const
{
    return test::runBreachdesk(m_dir->path(), args, {{QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo")}},
                               60000);
}

// --create: these tests start from no workspace (tst_workspacecli tests refusing a missing one).
Result TestObligationsCli::runWs(const QStringList& args) const
{
    return run(QStringList{args.value(0), QStringLiteral("--workspace"), m_ws, QStringLiteral("--create")} +
               args.mid(1));
}

void TestObligationsCli::help_namesBothForms()
{
    const Result r = run({QStringLiteral("obligations"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--incident")));
    QVERIFY(r.out.contains(QStringLiteral("--json")));
    QVERIFY(r.out.contains(QStringLiteral("--now")));
    QVERIFY(r.out.contains(QStringLiteral("FILE.json")));
    const Result list = run({QStringLiteral("help")});
    QVERIFY(list.out.contains(QStringLiteral("obligations")));
}

void TestObligationsCli::workspaceTable_showsTriggersReasonsAndDeadlines()
{
    const Result r = runWs({QStringLiteral("obligations"), QStringLiteral("--incident"),
                            QStringLiteral("INC-2024-003"), QStringLiteral("--now"), now});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QStringLiteral("INC-2024-003")));
    QVERIFY(lines.first().contains(now));
    auto line = [&](const QString& start) {
        for (const QString& l : lines)
            if (l.startsWith(start + QLatin1Char(' ')))
                return l;
        return QString();
    };
    QVERIFY(line(QStringLiteral("JP-T1")).contains(QStringLiteral("applies")));
    QVERIFY(line(QStringLiteral("JP-T1")).contains(QStringLiteral("Health check-up")));
    QVERIFY(line(QStringLiteral("JP-T2")).contains(QStringLiteral("needs judgement")));
    QVERIFY(line(QStringLiteral("JP-T3")).contains(QStringLiteral("ransomware")));
    QVERIFY(line(QStringLiteral("ppc_preliminary")).contains(QStringLiteral("2024-08-31 – 2024-09-02")));
    const QString final = line(QStringLiteral("ppc_final"));
    QVERIFY2(final.contains(QStringLiteral("2024-10-28")), qPrintable(final));
    QVERIFY(final.contains(QStringLiteral("60 days because trigger 3 applies")));
    QVERIFY(
        line(QStringLiteral("consignor_notice:あおば損害保険株式会社")).contains(QStringLiteral("filed")));
}

void TestObligationsCli::workspaceJson_hasRulesFilingsAndStates()
{
    const Result r =
        runWs({QStringLiteral("obligations"), QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
               QStringLiteral("--json"), QStringLiteral("--now"), now});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("breachdesk-obligations"));
    QCOMPARE(root.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-2024-003"));
    QCOMPARE(root.value(QStringLiteral("evaluatedAt")).toString(), now);
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    QCOMPARE(
        find(rules, QStringLiteral("id"), QStringLiteral("JP-T3")).value(QStringLiteral("state")).toString(),
        QStringLiteral("fires"));
    QCOMPARE(
        find(rules, QStringLiteral("id"), QStringLiteral("JP-T2")).value(QStringLiteral("state")).toString(),
        QStringLiteral("needs_judgement"));
    const QJsonObject final = find(root.value(QStringLiteral("filings")).toArray(), QStringLiteral("key"),
                                   QStringLiteral("ppc_final"));
    QCOMPARE(final.value(QStringLiteral("due")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("2024-10-28"));
    // The demo's record says the 確報 was submitted (2024-10-18): filed, as the register shows it.
    QCOMPARE(final.value(QStringLiteral("state")).toString(), QStringLiteral("filed"));
    QVERIFY(final.value(QStringLiteral("reason"))
                .toString()
                .startsWith(QStringLiteral("60 days because trigger 3")));
}

void TestObligationsCli::jsonFile_needsNoWorkspace()
{
    // No --workspace: the file is evaluated as it stands, and no default workspace is created.
    const Result table = run({QStringLiteral("obligations"), demoFile, QStringLiteral("--now"), now});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(QStringLiteral("2024-10-28")));
    const Result json = run(
        {QStringLiteral("obligations"), demoFile, QStringLiteral("--json"), QStringLiteral("--now"), now});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("incident")).toString(), QStringLiteral("INC-2024-003"));
    QVERIFY(!root.value(QStringLiteral("filings")).toArray().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("home/.local/share"))) ||
            QDir(m_dir->filePath(QStringLiteral("home/.local/share"))).isEmpty());
}

void TestObligationsCli::decisionsAndFilingsFromWorkspaceAreUsed()
{
    {
        Database db;
        StorageError error;
        QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
        const auto id = IncidentRepository(db).findByCode(QStringLiteral("INC-2024-003"), &error);
        QVERIFY(id);
        Decision d;
        d.ruleId = QStringLiteral("JP-T2");
        d.value = false;
        d.reason = QStringLiteral("Account numbers only.");
        QVERIFY(ObligationRepository(db).addDecision(*id, d, &error));
        FilingRecord f;
        f.key = QStringLiteral("ppc_preliminary");
        f.state = QStringLiteral("submitted");
        f.submittedOn = QDate(2024, 9, 2);
        QVERIFY(ObligationRepository(db).setFiling(*id, f, &error));
    }
    const Result r =
        runWs({QStringLiteral("obligations"), QStringLiteral("--incident"), QStringLiteral("INC-2024-003"),
               QStringLiteral("--json"), QStringLiteral("--now"), now});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject t2 =
        find(root.value(QStringLiteral("rules")).toArray(), QStringLiteral("id"), QStringLiteral("JP-T2"));
    QCOMPARE(t2.value(QStringLiteral("state")).toString(), QStringLiteral("does_not_fire"));
    QCOMPARE(t2.value(QStringLiteral("decision")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Account numbers only."));
    const QJsonArray filings = root.value(QStringLiteral("filings")).toArray();
    QCOMPARE(find(filings, QStringLiteral("key"), QStringLiteral("ppc_preliminary"))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("filed"));
    QVERIFY(!find(filings, QStringLiteral("key"), QStringLiteral("ppc_final"))
                 .value(QStringLiteral("provisional"))
                 .toBool());
}

void TestObligationsCli::unknownCode_exitsTwoWithClearMessage()
{
    const Result r =
        runWs({QStringLiteral("obligations"), QStringLiteral("--incident"), QStringLiteral("INC-1999-999")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("No incident has the code INC-1999-999.")), qPrintable(r.err));
}

void TestObligationsCli::usageErrors_exitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("neither code nor file") << QStringList{};
    QTest::newRow("both code and file")
        << QStringList{QStringLiteral("--incident"), QStringLiteral("INC-2024-003"), demoFile};
    QTest::newRow("two files") << QStringList{demoFile, demoFile};
    QTest::newRow("bad --now") << QStringList{demoFile, QStringLiteral("--now"), QStringLiteral("yesterday")};
    QTest::newRow("unknown option") << QStringList{demoFile, QStringLiteral("--csv")};
}

void TestObligationsCli::usageErrors_exitOne()
{
    QFETCH(QStringList, args);
    const Result r = runWs(QStringList{QStringLiteral("obligations")} + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestObligationsCli::invalidFile_exitsTwoNamingTheField()
{
    const Result missing = run({QStringLiteral("obligations"), m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));

    const Result malformed = run(
        {QStringLiteral("obligations"), QStringLiteral(BD_TEST_DATA_DIR "/storage/malformed-incident.json")});
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY2(malformed.err.contains(QStringLiteral("incident.")), qPrintable(malformed.err));
    QVERIFY(malformed.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestObligationsCli)
#include "tst_obligationscli.moc"
