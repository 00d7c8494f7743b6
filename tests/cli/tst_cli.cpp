// The real `breachdesk` executable run headless against a temporary workspace: help, import, list, export and
// re-import, and the exit codes and messages of every kind of failure.
#include "clitestsupport.h"
#include "database.h"
#include "incidentrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

using Result = test::CliResult;

QString dataFile(const char* name)
{
    return QStringLiteral(BD_TEST_DATA_DIR "/storage/") + QLatin1String(name);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void help_exitsZeroAndListsCommands_data();
    void help_exitsZeroAndListsCommands();
    void commandHelp_exitsZeroAndNamesTheWorkspaceOption_data();
    void commandHelp_exitsZeroAndNamesTheWorkspaceOption();
    void unknownCommand_exitsOneAndListsCommandsOnStderr();
    void usageErrors_exitOne_data();
    void usageErrors_exitOne();

    void importThenList_printsCodeAndTitle();
    void export_writesFileThatReimportsWithNewCode();
    void export_toStandardOutput();
    void export_unknownCode_exitsTwo();

    void malformedFile_exitsTwoWithFieldPathAndLeavesWorkspaceUnchanged();
    void notJsonFile_exitsTwoWithLineAndLeavesWorkspaceUnchanged();
    void missingFile_exitsTwo();

    void brokenWorkspace_exitsWithStorageCodeAndMessage_data();
    void brokenWorkspace_exitsWithStorageCodeAndMessage();
    void brokenWorkspace_messageHasNoQtInternalWarnings();

private:
    Result run(const QStringList& args) const;
    Result runWs(const QString& command, const QStringList& args = {}) const;
    QStringList listedCodes() const;
    QList<int> footprint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("workspace.breachdesk"));
}

Result TestCli::run(const QStringList& args) const
{
    return test::runBreachdesk(m_dir->path(), args,
                               {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, 60000);
}

// --create: these tests start from no workspace (tst_workspacecli tests refusing a missing one).
Result TestCli::runWs(const QString& command, const QStringList& args) const
{
    return run(QStringList{command, QStringLiteral("--workspace"), m_ws, QStringLiteral("--create")} + args);
}

QStringList TestCli::listedCodes() const
{
    Database db;
    StorageError error;
    QStringList codes;
    if (!db.open(m_ws, &error))
        return {QStringLiteral("<cannot open: %1>").arg(error.text())};
    for (const IncidentSummary& s : IncidentRepository(db).list(true, &error))
        codes.append(s.code);
    return codes;
}

QList<int> TestCli::footprint() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return {};
    QList<int> counts;
    for (const char* table :
         {"incident", "data_set", "data_set_item", "timeline_event", "narrative", "data_item", "audit_log"}) {
        QSqlQuery q(db.connection());
        counts.append(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
                          ? q.value(0).toInt()
                          : -1);
    }
    return counts;
}

// Evaluates `result` once (it may be a run of the program).
#define VERIFY_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const Result& r_ = (result);                                                                         \
        QCOMPARE(r_.status, QProcess::NormalExit);                                                           \
        QVERIFY2(r_.exitCode == (code),                                                                      \
                 qPrintable(QStringLiteral("exit %1, expected %2\nstdout: %3\nstderr: %4")                   \
                                .arg(r_.exitCode)                                                            \
                                .arg(code)                                                                   \
                                .arg(r_.out, r_.err)));                                                      \
    } while (false)

void TestCli::help_exitsZeroAndListsCommands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("help") << QStringList{QStringLiteral("help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
}

void TestCli::help_exitsZeroAndListsCommands()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    VERIFY_EXIT(r, 0);
    for (const char* command : {"list-incidents", "export-incident", "import-incident"})
        QVERIFY2(r.out.contains(QLatin1String(command)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--workspace")), qPrintable(r.out));
}

void TestCli::commandHelp_exitsZeroAndNamesTheWorkspaceOption_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("list-incidents") << QStringLiteral("list-incidents");
    QTest::newRow("export-incident") << QStringLiteral("export-incident");
    QTest::newRow("import-incident") << QStringLiteral("import-incident");
}

void TestCli::commandHelp_exitsZeroAndNamesTheWorkspaceOption()
{
    QFETCH(QString, command);
    const Result r = run({command, QStringLiteral("--help")});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(QStringLiteral("--workspace")), qPrintable(r.out));
    QVERIFY(!QFileInfo::exists(m_ws)); // help touches no workspace
}

void TestCli::unknownCommand_exitsOneAndListsCommandsOnStderr()
{
    const Result r = run({QStringLiteral("list-incident")}); // typo
    VERIFY_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("list-incident")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("list-incidents")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::usageErrors_exitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export without --incident")
        << QStringList{QStringLiteral("export-incident"), QStringLiteral("out.json")};
    QTest::newRow("export without output file") << QStringList{
        QStringLiteral("export-incident"), QStringLiteral("--incident"), QStringLiteral("INC-2024-101")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import-incident")};
    QTest::newRow("import with two files")
        << QStringList{QStringLiteral("import-incident"), QStringLiteral("a.json"), QStringLiteral("b.json")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list-incidents"),
                                                   QStringLiteral("--archve")};
}

void TestCli::usageErrors_exitOne()
{
    QFETCH(QStringList, args);
    const Result r = run(args + QStringList{QStringLiteral("--workspace"), m_ws});
    VERIFY_EXIT(r, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCli::importThenList_printsCodeAndTitle()
{
    const Result imported = runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")});
    VERIFY_EXIT(imported, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("INC-2024-101")), qPrintable(imported.out));

    const Result listed = runWs(QStringLiteral("list-incidents"));
    VERIFY_EXIT(listed, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst(), QStringLiteral("INC-2024-101\t委託データを含むノートPCの紛失"));
}

void TestCli::export_writesFileThatReimportsWithNewCode()
{
    VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    const Result exported = runWs(QStringLiteral("export-incident"),
                                  {QStringLiteral("--incident"), QStringLiteral("INC-2024-101"), out});
    VERIFY_EXIT(exported, 0);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(out)).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("breachdesk-incident"));
    QCOMPARE(root.value(QStringLiteral("incident")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("INC-2024-101"));

    // The code is taken: refused without --new-code, nothing imported.
    const QList<int> before = footprint();
    const Result refused = runWs(QStringLiteral("import-incident"), {out});
    VERIFY_EXIT(refused, 2); // invalid input: the file's code is taken
    QVERIFY2(refused.err.contains(QStringLiteral("INC-2024-101")), qPrintable(refused.err));
    QCOMPARE(footprint(), before);

    const Result again = runWs(QStringLiteral("import-incident"), {QStringLiteral("--new-code"), out});
    VERIFY_EXIT(again, 0);
    QVERIFY2(again.out.contains(QStringLiteral("INC-2024-102")), qPrintable(again.out));
    QCOMPARE(listedCodes(), (QStringList{QStringLiteral("INC-2024-101"), QStringLiteral("INC-2024-102")}));

    // The copy has the same facts: its export differs from the original's only in the code.
    const QString copyOut = m_dir->filePath(QStringLiteral("copy.json"));
    VERIFY_EXIT(runWs(QStringLiteral("export-incident"),
                      {QStringLiteral("--incident"), QStringLiteral("INC-2024-102"), copyOut}),
                0);
    QJsonObject copy = QJsonDocument::fromJson(fileBytes(copyOut)).object();
    QJsonObject copyIncident = copy.value(QStringLiteral("incident")).toObject();
    copyIncident.insert(QStringLiteral("code"), QStringLiteral("INC-2024-101"));
    copy.insert(QStringLiteral("incident"), copyIncident);
    QCOMPARE(copy, root);
}

void TestCli::export_toStandardOutput()
{
    VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
    const Result r =
        runWs(QStringLiteral("export-incident"),
              {QStringLiteral("--incident"), QStringLiteral("INC-2024-101"), QStringLiteral("-")});
    VERIFY_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(
        doc.object().value(QStringLiteral("incident")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("INC-2024-101"));
}

void TestCli::export_unknownCode_exitsTwo()
{
    VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
    const QString out = m_dir->filePath(QStringLiteral("out.json"));
    const Result r = runWs(QStringLiteral("export-incident"),
                           {QStringLiteral("--incident"), QStringLiteral("INC-1999-001"), out});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("INC-1999-001")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::malformedFile_exitsTwoWithFieldPathAndLeavesWorkspaceUnchanged()
{
    VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
    const QList<int> before = footprint();
    const QStringList codesBefore = listedCodes();

    const QString file = dataFile("malformed-incident.json");
    const Result r = runWs(QStringLiteral("import-incident"), {QStringLiteral("--new-code"), file});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("incident.data_sets[0].people")), qPrintable(r.err));
    QVERIFY2(r.err.contains(file), qPrintable(r.err)); // which file, for a person importing several
    QCOMPARE(footprint(), before);
    QCOMPARE(listedCodes(), codesBefore);
}

void TestCli::notJsonFile_exitsTwoWithLineAndLeavesWorkspaceUnchanged()
{
    VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
    const QList<int> before = footprint();
    const QString file = m_dir->filePath(QStringLiteral("broken.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(fileBytes(dataFile("valid-incident.json")).left(300));
    f.close();
    const Result r = runWs(QStringLiteral("import-incident"), {file});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line ")), qPrintable(r.err));
    QCOMPARE(footprint(), before);
}

void TestCli::missingFile_exitsTwo()
{
    const Result r =
        runWs(QStringLiteral("import-incident"), {m_dir->filePath(QStringLiteral("nowhere.json"))});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nowhere.json")), qPrintable(r.err));
}

void TestCli::brokenWorkspace_exitsWithStorageCodeAndMessage_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    for (const char* command : {"list-incidents", "import-incident", "export-incident"}) {
        QTest::addRow("corrupt file, %s", command)
            << QStringLiteral("corrupt") << QString::fromLatin1(command) << 5;
        QTest::addRow("text file, %s", command)
            << QStringLiteral("text") << QString::fromLatin1(command) << 5;
        QTest::addRow("newer version, %s", command)
            << QStringLiteral("newer") << QString::fromLatin1(command) << 6;
    }
    QTest::newRow("folder cannot be created")
        << QStringLiteral("nofolder") << QStringLiteral("list-incidents") << 4;
}

void TestCli::brokenWorkspace_exitsWithStorageCodeAndMessage()
{
    QFETCH(QString, broken);
    QFETCH(QString, command);
    QFETCH(int, exitCode);

    if (broken == QLatin1String("corrupt") || broken == QLatin1String("text")) {
        QByteArray bytes;
        if (broken == QLatin1String("corrupt")) {
            bytes.resize(4096);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        } else {
            bytes = QByteArray("These are my notes, not a workspace.\n").repeated(20);
        }
        QFile f(m_ws);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    } else if (broken == QLatin1String("newer")) {
        VERIFY_EXIT(runWs(QStringLiteral("import-incident"), {dataFile("valid-incident.json")}), 0);
        Database db;
        StorageError error;
        QVERIFY(db.open(m_ws, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    } else {
        QFile f(m_dir->filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        m_ws = m_dir->filePath(QStringLiteral("file/sub/workspace.breachdesk"));
    }
    const QByteArray before = fileBytes(m_ws);

    QStringList args;
    if (command == QLatin1String("import-incident"))
        args = {dataFile("valid-incident.json")};
    else if (command == QLatin1String("export-incident"))
        args = {QStringLiteral("--incident"), QStringLiteral("INC-2024-101"),
                m_dir->filePath(QStringLiteral("o.json"))};
    const Result r = runWs(command, args);
    VERIFY_EXIT(r, exitCode);
    QVERIFY2(r.err.contains(QStringLiteral("Error")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileBytes(m_ws), before);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("o.json"))));
}

void TestCli::brokenWorkspace_messageHasNoQtInternalWarnings()
{
    QFile f(m_ws);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are my notes, not a workspace.\n").repeated(20));
    f.close();
    const Result r = runWs(QStringLiteral("list-incidents"));
    VERIFY_EXIT(r, 5);
    // The person sees our message, not Qt's warning about a connection removed while still in use.
    QVERIFY2(!r.err.contains(QStringLiteral("QSqlDatabase")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
