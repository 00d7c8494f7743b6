// Redaction of personal data after the retention period, through the real executable (docs/redaction.md):
// refused for an open incident or a retention period that has not ended; without --yes nothing changes and
// the copies outside the workspace are listed; with --yes the people are gone from the file itself while
// every count, every earlier audit hash and the archive still verify, and letters can no longer be made.
// Then the attacks on a redacted workspace, made with a plain SQLite connection behind re-created triggers:
// personal data put back, a recipient removed, the statement edited (with and without its hash), the
// statement deleted — each stops every command with exit 5 naming the redaction.
#include "clitestsupport.h"
#include "workspacepeek.h"
#include "workspacetamper.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

using Result = test::CliResult;

const QString demoFile = QStringLiteral(BD_TEST_DATA_DIR "/../../resources/demo/demo-incident.json");
const QString kIncident = u"INC-2024-003"_s;
const QString kGroup = u"employees"_s;
const QStringList kNames{u"青葉一郎"_s, u"潮騒花子"_s, u"青葉二郎"_s};
const QByteArray kEmployees = "氏名,住所,郵便番号,メールアドレス\r\n"
                              "青葉一郎,東京都千代田区架空町1-1,100-0001,ichiro@example.jp\r\n"
                              "潮騒花子,大阪府大阪市北区例示町2-3,530-0001,hanako@example.jp\r\n"
                              "青葉二郎,東京都千代田区架空町1-2,100-0001,jiro@example.jp\r\n";

#define VERIFY_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const Result r_ = (result);                                                                          \
        QVERIFY2(r_.exitCode == (code), qPrintable(r_.out + r_.err));                                        \
    } while (false)

} // namespace

class TestRedactionCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void openIncident_isRefused();
    void retentionNotEnded_isRefused();
    void withoutYes_changesNothingAndListsCopiesOutside();
    void redaction_removesPeopleKeepsCountsAndProof();
    void redactedIncident_makesNoLettersAndCannotBeRedactedTwice();

    void attack_personalDataPutBack_exits5();
    void attack_recipientRemoved_exits5();
    void attack_statementEdited_exits5();
    void attack_statementEditedAndRehashed_exits5();
    void attack_statementDeleted_exits5();
    void attack_triggerDropped_exits5();

private:
    Result run(const QStringList& args) const { return test::runBreachdesk(m_dir->path(), args, {}, 60000); }
    Result runWs(const QString& command, const QStringList& args = {}) const
    {
        return run(QStringList{command, u"--workspace"_s, m_ws} + args);
    }
    // Imports the demo incident (archived when `archived`) and three employees.
    void makeWorkspace(bool archived);
    Result redact(const QString& retentionEnded, bool yes) const;
    void redactOrFail();
    QStringList names() const
    {
        return test::peekWorkspace(m_ws, u"SELECT r.name FROM recipient r JOIN recipient_group g ON g.id = "
                                         u"r.group_id WHERE g.key = 'employees' ORDER BY r.id"_s);
    }
    // Every command stops with exit 5 and names the redaction; `expected` is part of the message.
    void expectDamaged(const QString& expected) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestRedactionCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(u"workspace.breachdesk"_s);
}

void TestRedactionCli::makeWorkspace(bool archived)
{
    QFile demo(demoFile);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray json = demo.readAll();
    if (archived) {
        QVERIFY(json.contains("\"status\": \"open\""));
        json.replace("\"status\": \"open\"", "\"status\": \"archived\"");
    }
    QFile incident(m_dir->filePath(u"incident.json"_s));
    QVERIFY(incident.open(QIODevice::WriteOnly) && incident.write(json) == json.size());
    incident.close();
    QFile csv(m_dir->filePath(u"employees.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(kEmployees) == kEmployees.size());
    csv.close();
    VERIFY_EXIT(run({u"import-incident"_s, u"--create"_s, u"--workspace"_s, m_ws, incident.fileName()}), 0);
    VERIFY_EXIT(
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup, csv.fileName()}), 0);
    QCOMPARE(names(), kNames);
}

Result TestRedactionCli::redact(const QString& retentionEnded, bool yes) const
{
    QStringList args{u"--incident"_s, kIncident,     u"--retention-ended"_s,
                     retentionEnded,  u"--reason"_s, u"就業規則の保存期間（5年）経過"_s};
    if (yes)
        args << u"--yes"_s;
    return runWs(u"redact"_s, args);
}

void TestRedactionCli::redactOrFail()
{
    makeWorkspace(true);
    VERIFY_EXIT(redact(u"2026-01-31"_s, true), 0);
    VERIFY_EXIT(runWs(u"list-incidents"_s, {u"--archived"_s}), 0);
}

void TestRedactionCli::expectDamaged(const QString& expected) const
{
    for (const QStringList& command :
         {QStringList{u"list-incidents"_s},
          QStringList{u"export-archive"_s, u"--incident"_s, kIncident, m_dir->filePath(u"after.zip"_s)}}) {
        const Result r = runWs(command.constFirst(), command.mid(1));
        QVERIFY2(r.exitCode == 5, qPrintable(command.join(u' ') + u": "_s + r.out + r.err));
        QVERIFY2(r.err.contains(u"Redaction"_s) && r.err.contains(expected), qPrintable(r.err));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"after.zip"_s)));
}

void TestRedactionCli::openIncident_isRefused()
{
    makeWorkspace(false);
    const Result r = redact(u"2026-01-31"_s, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"still open"_s), qPrintable(r.err));
    QCOMPARE(names(), kNames);
}

void TestRedactionCli::retentionNotEnded_isRefused()
{
    makeWorkspace(true);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const Result r = redact(tomorrow, true);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"has not ended"_s) && r.err.contains(tomorrow), qPrintable(r.err));
    QCOMPARE(names(), kNames);
    const Result noReason = runWs(u"redact"_s, {u"--incident"_s, kIncident, u"--retention-ended"_s,
                                                u"2026-01-31"_s, u"--reason"_s, u"  "_s, u"--yes"_s});
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(u"Say why"_s), qPrintable(noReason.err));
    QCOMPARE(names(), kNames);
}

void TestRedactionCli::withoutYes_changesNothingAndListsCopiesOutside()
{
    makeWorkspace(true);
    VERIFY_EXIT(runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup,
                                               u"--format"_s, u"csv"_s, m_dir->filePath(u"copy.csv"_s)}),
                0);
    VERIFY_EXIT(runWs(u"backup"_s, {m_dir->filePath(u"backup.breachdesk"_s)}), 0);
    const QString audit = u"SELECT count(*) FROM audit_log"_s;
    const QStringList before = test::peekWorkspace(m_ws, audit);
    const Result r = redact(u"2026-01-31"_s, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Group employees: 3 recipients"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"recipients, employees"_s) && r.out.contains(u"backup,"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Nothing was changed"_s), qPrintable(r.out));
    QCOMPARE(names(), kNames);
    QCOMPARE(test::peekWorkspace(m_ws, audit), before);
}

void TestRedactionCli::redaction_removesPeopleKeepsCountsAndProof()
{
    makeWorkspace(true);
    const QString hashes = u"SELECT id || ' ' || hash FROM audit_log ORDER BY id"_s;
    const QStringList hashesBefore = test::peekWorkspace(m_ws, hashes);
    const Result r = redact(u"2026-01-31"_s, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Redacted the personal data of 3 recipients"_s), qPrintable(r.out));

    // The rows and so the counts stay; nothing that identifies anyone does.
    QCOMPARE(names(), (QStringList{QString(), QString(), QString()}));
    QCOMPARE(test::peekWorkspace(m_ws,
                                 u"SELECT count(*) FROM recipient WHERE address <> '' OR email <> '' OR "
                                 u"postcode <> '' OR custom <> '' OR source_file <> ''"_s),
             QStringList{u"0"_s});
    // Not in the file's bytes either: the old rows and index entries were overwritten, the log emptied.
    for (const QString& file : {m_ws, m_ws + u"-wal"_s}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QString& name : kNames)
            QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(file + u" still holds "_s + name));
        QVERIFY2(!bytes.contains("ichiro@example.jp"), qPrintable(file));
    }
    // Every earlier audit entry keeps its hash; the chain grew by the redaction's entry.
    const QStringList hashesAfter = test::peekWorkspace(m_ws, hashes);
    QCOMPARE(hashesAfter.mid(0, hashesBefore.size()), hashesBefore);
    QCOMPARE(hashesAfter.size(), hashesBefore.size() + 1);
    // The signed statement names no one, and counts the three.
    const QString statement = test::peekWorkspace(m_ws, u"SELECT statement FROM redaction"_s).value(0);
    QVERIFY2(statement.contains(u"\"recipients\":3"_s), qPrintable(statement));
    for (const QString& name : kNames)
        QVERIFY(!statement.contains(name));
    // The workspace still proves itself, and an archive of the incident verifies.
    VERIFY_EXIT(runWs(u"list-incidents"_s, {u"--archived"_s}), 0);
    const QString zip = m_dir->filePath(u"archive.zip"_s);
    VERIFY_EXIT(runWs(u"export-archive"_s, {u"--incident"_s, kIncident, zip}), 0);
    const Result verified = run({u"verify-archive"_s, zip});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestRedactionCli::redactedIncident_makesNoLettersAndCannotBeRedactedTwice()
{
    redactOrFail();
    const Result letters = runWs(u"export-letters"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup,
                                                       u"--merged"_s, m_dir->filePath(u"letters.pdf"_s)});
    QVERIFY2(letters.exitCode != 0, qPrintable(letters.out));
    QVERIFY2(letters.err.contains(u"was redacted"_s), qPrintable(letters.err));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"letters.pdf"_s)));
    const Result again = redact(u"2026-01-31"_s, true);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"already redacted"_s), qPrintable(again.err));
    // The recipients are frozen: a new import into the redacted incident is refused, nothing added.
    const Result import = runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, kGroup,
                                                         m_dir->filePath(u"employees.csv"_s)});
    QVERIFY2(import.exitCode != 0, qPrintable(import.out));
    QCOMPARE(names().size(), 3);
    QVERIFY(!names().contains(kNames.first()));
}

void TestRedactionCli::attack_personalDataPutBack_exits5()
{
    redactOrFail();
    bd::test::WorkspaceTamper raw(m_ws);
    QVERIFY2(
        !raw.exec(u"UPDATE recipient SET name = '青葉一郎' WHERE id = (SELECT min(id) FROM recipient)"_s),
        "the trigger lets personal data back in");
    QVERIFY2(raw.behindTriggers({u"recipient_redacted_no_update"_s},
                                {u"UPDATE recipient SET name = '青葉一郎' WHERE id = (SELECT min(id) FROM "
                                 u"recipient)"_s}),
             qPrintable(raw.lastError()));
    expectDamaged(u"personal data again"_s);
}

void TestRedactionCli::attack_recipientRemoved_exits5()
{
    redactOrFail();
    bd::test::WorkspaceTamper raw(m_ws);
    QVERIFY(!raw.exec(u"DELETE FROM recipient WHERE id = (SELECT max(id) FROM recipient)"_s));
    QVERIFY2(raw.behindTriggers({u"recipient_redacted_no_delete"_s},
                                {u"DELETE FROM recipient WHERE id = (SELECT max(id) FROM recipient)"_s}),
             qPrintable(raw.lastError()));
    expectDamaged(u"but 3 were counted"_s);
}

void TestRedactionCli::attack_statementEdited_exits5()
{
    redactOrFail();
    bd::test::WorkspaceTamper raw(m_ws);
    const QString edit = u"UPDATE redaction SET statement = replace(statement, '\"recipients\":3', "
                         u"'\"recipients\":2')"_s;
    QVERIFY(!raw.exec(edit));
    QVERIFY2(raw.behindTriggers({u"redaction_frozen"_s}, {edit}), qPrintable(raw.lastError()));
    expectDamaged(u"has been changed"_s);
}

void TestRedactionCli::attack_statementEditedAndRehashed_exits5()
{
    redactOrFail();
    bd::test::WorkspaceTamper raw(m_ws);
    // A new reason, and the statement's SHA-256 recomputed to match: only the signature can tell.
    QString statement = raw.scalar(u"SELECT statement FROM redaction"_s).toString();
    QVERIFY(statement.contains(u"保存期間"_s));
    statement.replace(u"保存期間（5年）経過"_s, u"本人の同意"_s);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(statement.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY2(raw.behindTriggers(
                 {u"redaction_frozen"_s},
                 {u"UPDATE redaction SET statement = '%1', statement_sha256 = '%2'"_s.arg(statement, sha)}),
             qPrintable(raw.lastError()));
    expectDamaged(u"valid signature"_s);
}

void TestRedactionCli::attack_statementDeleted_exits5()
{
    redactOrFail();
    bd::test::WorkspaceTamper raw(m_ws);
    QVERIFY(!raw.exec(u"DELETE FROM redaction"_s));
    QVERIFY2(raw.behindTriggers({u"redaction_no_delete"_s}, {u"DELETE FROM redaction"_s}),
             qPrintable(raw.lastError()));
    expectDamaged(u"is missing"_s);
}

void TestRedactionCli::attack_triggerDropped_exits5()
{
    redactOrFail();
    {
        bd::test::WorkspaceTamper raw(m_ws);
        QVERIFY(raw.exec(u"DROP TRIGGER recipient_redacted_no_update"_s));
    }
    const Result r = runWs(u"list-incidents"_s);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"recipient_redacted_no_update"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRedactionCli)
#include "tst_redactioncli.moc"
