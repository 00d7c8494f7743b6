// import-recipients and export-recipients through the real `breachdesk` executable on a temporary workspace:
// counts and problems, the exit code and what is saved when rows are rejected (nothing, unless
// --import-good-rows), mappings, CSV/CP932/XLSX round trips and formula neutralising.
#include "clitestsupport.h"
#include "database.h"
#include "recipientrepository.h"
#include "sourcefile.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

using Result = test::CliResult;

const QString kIncident = u"INC-2024-101"_s; // the code in tests/data/storage/valid-incident.json

QString cp932Fixture()
{
    return QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv");
}

} // namespace

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

class TestRecipientsCli : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void help_namesBothCommandsAndTheRejectedRowsRule();
    void import_cp932_printsCountsAndSavesEveryField();
    void import_rejectedRows_exitsTwoListsProblemsAndSavesNothing();
    void import_rejectedRowsWithFlag_savesGoodRowsOnlyAndExitsTwo();
    void import_mappingSpec_appliesAndIsRemembered();
    void import_badUsage_exitsOne_data();
    void import_badUsage_exitsOne();
    void import_unknownIncidentOrGroup_exitsTwo();
    void import_xlsxSheet_dryRunSavesNothing();
    void export_csvCp932AndXlsx_roundTrip_data();
    void export_csvCp932AndXlsx_roundTrip();
    void export_formulaCells_neutralised();
    void import_twoAtOnce_eachPersonOnce();
    void import_headerOnly_importsNothingAndWritesNoAudit();
    void import_possibleDuplicates_importedMarkedAndCounted();
    void import_lockedWorkspace_exitsThreeAndImportsNothing();

private:
    Result run(const QStringList& args) const;
    Result runWs(const QString& command, const QStringList& args) const;
    QList<Recipient> recipients(const QString& groupKey) const;
    QString groupMapping(const QString& groupKey) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    int auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
};

void TestRecipientsCli::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(u"workspace.breachdesk"_s);
    VERIFY_EXIT(runWs(u"import-incident"_s,
                      {u"--create"_s, QStringLiteral(BD_TEST_DATA_DIR "/storage/valid-incident.json")}),
                0);
}

Result TestRecipientsCli::run(const QStringList& args) const
{
    return test::runBreachdesk(m_dir->path(), args,
                               {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}, 120000);
}

Result TestRecipientsCli::runWs(const QString& command, const QStringList& args) const
{
    return run(QStringList{command, u"--workspace"_s, m_ws} + args);
}

QList<Recipient> TestRecipientsCli::recipients(const QString& groupKey) const
{
    Database db;
    StorageError error;
    QList<Recipient> list;
    if (!db.open(m_ws, &error))
        return list;
    RecipientRepository repo(db);
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id FROM incident WHERE code = '%1'"_s.arg(kIncident)) || !q.next())
        return list;
    const auto group = repo.groupByKey(q.value(0).toLongLong(), groupKey, &error);
    if (group)
        repo.forEach(
            group->id, true,
            [&list](const Recipient& r) {
                list.append(r);
                return true;
            },
            &error);
    return list;
}

QString TestRecipientsCli::groupMapping(const QString& groupKey) const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return {};
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT g.column_mapping FROM recipient_group g JOIN incident i ON i.id = g.incident_id "
              u"WHERE i.code = ? AND g.key = ?"_s);
    q.addBindValue(kIncident);
    q.addBindValue(groupKey);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int TestRecipientsCli::auditCount() const
{
    Database db;
    StorageError error;
    if (!db.open(m_ws, &error))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next() ? q.value(0).toInt() : -1;
}

QString TestRecipientsCli::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestRecipientsCli::help_namesBothCommandsAndTheRejectedRowsRule()
{
    const Result all = run({u"help"_s});
    VERIFY_EXIT(all, 0);
    QVERIFY2(all.out.contains(u"import-recipients"_s) && all.out.contains(u"export-recipients"_s),
             qPrintable(all.out));
    const Result help = run({u"import-recipients"_s, u"--help"_s});
    VERIFY_EXIT(help, 0);
    QVERIFY2(help.out.contains(u"NOTHING is imported"_s) && help.out.contains(u"--import-good-rows"_s),
             qPrintable(help.out));
    QVERIFY2(!help.out.contains(u"never imported"_s) && help.out.contains(u"possible duplicate"_s) &&
                 help.out.contains(u"no data rows imports nothing and exits with 2"_s),
             qPrintable(help.out));
    const Result exportHelp = run({u"export-recipients"_s, u"--help"_s});
    VERIFY_EXIT(exportHelp, 0);
    QVERIFY2(exportHelp.out.contains(u"csv-cp932"_s), qPrintable(exportHelp.out));
}

void TestRecipientsCli::import_cp932_printsCountsAndSavesEveryField()
{
    const Result r = runWs(u"import-recipients"_s,
                           {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, cp932Fixture()});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"Shift_JIS (CP932)"_s), qPrintable(r.out));
    // (each count a plural phrase: "3 rows" once the English catalogue has it, "3 row(s)" before)
    QVERIFY2(r.out.contains(u"3 row"_s) &&
                 r.out.contains(u": 3 accepted, 0 with problems, 0 identical row"_s),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"髙橋"_s) && !r.err.contains(u"髙橋"_s), "personal data printed");
    const QList<Recipient> saved = recipients(u"employees"_s);
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved[0].name, u"髙橋 一郎"_s);
    QCOMPARE(saved[0].kana, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s);
    QCOMPARE(saved[0].organisation, u"㈱山﨑商事"_s);
    QCOMPARE(saved[0].department, u"第①営業部"_s);
    QCOMPARE(saved[0].address, u"東京都千代田区１－２－３"_s);
    QCOMPARE(saved[0].phone, u"03－1234－5678"_s);
    QCOMPARE(saved[0].custom.value(u"備考"_s), u"～テスト～"_s);
    QCOMPARE(saved[1].department, u"総務部\n人事課"_s);
    QCOMPARE(saved[1].custom.value(u"備考"_s), u"引用\"符\",カンマ"_s);
    QCOMPARE(saved[2].name, u"Ｓｍｉｔｈ, Ｊｏｈｎ"_s);
    QCOMPARE(saved[2].custom.value(u"備考"_s), u"￢―㍻℡"_s);
    QCOMPARE(saved[2].sourceRow, 4); // as Excel numbers it: the line break inside row 3 is not a row
    QVERIFY(!groupMapping(u"employees"_s).isEmpty());

    // Again: every row is identical to a recipient already there: reported and not imported again.
    const Result again = runWs(u"import-recipients"_s,
                               {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, cp932Fixture()});
    VERIFY_EXIT(again, 0);
    QVERIFY2(again.out.contains(u": 0 accepted, 0 with problems, 3 identical row"_s), qPrintable(again.out));
    QVERIFY2(again.out.contains(u"row 2: identical to a recipient already in the group"_s),
             qPrintable(again.out));
    QVERIFY2(again.out.contains(u"Identical rows imported once: 3. Possible duplicates marked: 0."_s),
             qPrintable(again.out));
    QCOMPARE(recipients(u"employees"_s).size(), 3);
}

void TestRecipientsCli::import_rejectedRows_exitsTwoListsProblemsAndSavesNothing()
{
    const QString path = writeFile(u"bad.csv"_s, "氏名,メールアドレス,住所\r\n"
                                                 "山田 太郎,taro@example.jp,東京都\r\n"
                                                 "佐藤 次郎,not-an-address,京都府\r\n"
                                                 ",hanako@example.jp,大阪府\r\n"
                                                 "鈴木 三郎,saburo@example.jp,札幌市,extra\r\n");
    const Result r =
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, path});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.out.contains(u"4 row"_s) && r.out.contains(u": 2 accepted, 2 with problems"_s),
             qPrintable(r.out));
    // (a postal group: the person can still be written to, so the row stays)
    QVERIFY2(r.out.contains(u"row 3, column 2 “メールアドレス”: warning bad-email"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"row 4, column 1 “氏名”: error missing-name"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"row 5, column 4: error too-many-columns"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"Nothing was imported"_s), qPrintable(r.err));
    QVERIFY(recipients(u"employees"_s).isEmpty());
    QVERIFY(groupMapping(u"employees"_s).isEmpty());
}

void TestRecipientsCli::import_rejectedRowsWithFlag_savesGoodRowsOnlyAndExitsTwo()
{
    const QString path = writeFile(u"bad.csv"_s, "氏名,メールアドレス,住所\n"
                                                 "山田 太郎,taro@example.jp,東京都\n"
                                                 ",jiro@example.jp,京都府\n");
    const Result r = runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s,
                                                    u"--import-good-rows"_s, path});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.out.contains(u"Imported 1 recipient"_s), qPrintable(r.out));
    const QList<Recipient> saved = recipients(u"employees"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].name, u"山田 太郎"_s);
    QCOMPARE(saved[0].sourceRow, 2);
}

void TestRecipientsCli::import_mappingSpec_appliesAndIsRemembered()
{
    const QString path = writeFile(u"codes.csv"_s, "番号,お名前,連絡先,所在地\n"
                                                   "E001,山田 太郎,taro@example.jp,東京都\n");
    const QStringList base{u"--incident"_s, kIncident, u"--group"_s, u"employees"_s};
    const Result r =
        runWs(u"import-recipients"_s,
              base + QStringList{u"--mapping"_s, u"custom:社員番号=1,name=2,email=連絡先,address=4"_s, path});
    VERIFY_EXIT(r, 0);
    QList<Recipient> saved = recipients(u"employees"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].name, u"山田 太郎"_s);
    QCOMPARE(saved[0].email, u"taro@example.jp"_s);
    QCOMPARE(saved[0].custom.value(u"社員番号"_s), u"E001"_s);
    // The next file with the same headers needs no --mapping.
    const QString next = writeFile(u"codes2.csv"_s, "番号,お名前,連絡先,所在地\n"
                                                    "E002,佐藤 花子,hanako@example.jp,大阪府\n");
    VERIFY_EXIT(runWs(u"import-recipients"_s, base + QStringList{next}), 0);
    saved = recipients(u"employees"_s);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved[1].email, u"hanako@example.jp"_s);
    QCOMPARE(saved[1].custom.value(u"社員番号"_s), u"E002"_s);
}

void TestRecipientsCli::import_badUsage_exitsOne_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = cp932Fixture();
    QTest::newRow("no group") << QStringList{u"--incident"_s, kIncident, file};
    QTest::newRow("no file") << QStringList{u"--incident"_s, kIncident, u"--group"_s, u"employees"_s};
    QTest::newRow("bad encoding") << QStringList{u"--incident"_s, kIncident,   u"--group"_s, u"employees"_s,
                                                 u"--encoding"_s, u"EBCDIC"_s, file};
    QTest::newRow("bad mapping") << QStringList{u"--incident"_s, kIncident,   u"--group"_s, u"employees"_s,
                                                u"--mapping"_s,  u"nmae=1"_s, file};
}

void TestRecipientsCli::import_badUsage_exitsOne()
{
    QFETCH(QStringList, args);
    VERIFY_EXIT(runWs(u"import-recipients"_s, args), 1);
    QVERIFY(recipients(u"employees"_s).isEmpty());
}

void TestRecipientsCli::import_unknownIncidentOrGroup_exitsTwo()
{
    Result r = runWs(u"import-recipients"_s,
                     {u"--incident"_s, u"NOPE-1"_s, u"--group"_s, u"employees"_s, cp932Fixture()});
    VERIFY_EXIT(r, 2);
    r = runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"press"_s, cp932Fixture()});
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.err.contains(u"employees"_s), qPrintable(r.err)); // lists the groups there are
    r = runWs(u"import-recipients"_s,
              {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, m_dir->filePath(u"missing.csv"_s)});
    VERIFY_EXIT(r, 2);
}

void TestRecipientsCli::import_xlsxSheet_dryRunSavesNothing()
{
    const QString xlsx = QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx");
    const Result r = runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"candidates"_s,
                                                    u"--sheet"_s, u"1"_s, u"--dry-run"_s, xlsx});
    VERIFY_EXIT(r, 2); // rows without an e-mail are rejected for an e-mail group
    QVERIFY2(r.out.contains(u"XLSX"_s) && r.out.contains(u"1 accepted"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Dry run"_s), qPrintable(r.out));
    QVERIFY(recipients(u"candidates"_s).isEmpty());
    VERIFY_EXIT(runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"candidates"_s,
                                               u"--sheet"_s, u"9"_s, xlsx}),
                2);
}

void TestRecipientsCli::export_csvCp932AndXlsx_roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"csv"_s << u"out.csv"_s;
    QTest::newRow("csv-cp932") << u"csv-cp932"_s << u"out-sjis.csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s << u"out.xlsx"_s;
}

void TestRecipientsCli::export_csvCp932AndXlsx_roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    VERIFY_EXIT(runWs(u"import-recipients"_s,
                      {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, cp932Fixture()}),
                0);
    const QString out = m_dir->filePath(file);
    const Result r = runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s,
                                                    u"--format"_s, format, out});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"Exported 3 recipient"_s), qPrintable(r.out));
    SourceFile source;
    QVERIFY2(source.open(out), qPrintable(source.errorString()));
    if (format == u"csv"_s) {
        QCOMPARE(source.encoding(), TextEncoding::Utf8);
        QVERIFY(source.detection().bomLength > 0);
    } else if (format == u"csv-cp932"_s) {
        QCOMPARE(source.encoding(), TextEncoding::Cp932);
    } else {
        QCOMPARE(source.format(), SourceFile::Format::Xlsx);
    }
    // Re-import into another group: every field comes back.
    VERIFY_EXIT(
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"candidates"_s, out}), 0);
    const QList<Recipient> before = recipients(u"employees"_s);
    const QList<Recipient> after = recipients(u"candidates"_s);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        for (RecipientField f : recipientFields())
            QCOMPARE(recipientField(after[i], f), recipientField(before[i], f));
        QCOMPARE(after[i].custom, before[i].custom);
        QCOMPARE(after[i].sourceFile, QFileInfo(out).fileName());
    }
}

void TestRecipientsCli::export_formulaCells_neutralised()
{
    const QString path =
        writeFile(u"formulas.csv"_s, "氏名,住所,電話番号,備考\n"
                                     "\"=HYPERLINK(\"\"http://x\"\")\",東京都,+81 3 1234 5678,@SUM(A1)\n"
                                     "山田 太郎,-1+1,-12,-\n");
    VERIFY_EXIT(
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, path}), 0);
    QCOMPARE(recipients(u"employees"_s).value(0).name, u"=HYPERLINK(\"http://x\")"_s); // stored as given

    const QString csv = m_dir->filePath(u"f.csv"_s);
    VERIFY_EXIT(
        runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, csv}), 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"'+81 3 1234 5678"_s) && text.contains(u"'@SUM(A1)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'-1+1"_s) && text.contains(u",-12,"_s),
             qPrintable(text)); // numbers stay numbers

    const QString xlsx = m_dir->filePath(u"f.xlsx"_s);
    VERIFY_EXIT(
        runWs(u"export-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, xlsx}), 0);
    SourceFile source;
    QVERIFY(source.open(xlsx));
    SourceRecord header, first;
    QVERIFY(source.source()->readNext(&header));
    QVERIFY(source.source()->readNext(&first));
    QCOMPARE(header.cells.value(0), u"氏名"_s);
    QCOMPARE(first.cells.value(0), u"'=HYPERLINK(\"http://x\")"_s);
    QCOMPARE(first.cells.value(8), u"'+81 3 1234 5678"_s);
}

void TestRecipientsCli::import_twoAtOnce_eachPersonOnce()
{
    // Two imports of the same list started together: whichever writes second finds the first's rows
    // inside its own write transaction, so nobody is in the group twice.
    constexpr int People = 3000;
    QByteArray csv("社員番号,氏名,メールアドレス,住所\r\n");
    for (int i = 1; i <= People; ++i)
        csv += u"E%1,山田 太郎%1,taro%1@example.jp,東京都千代田区%1\r\n"_s.arg(i).toUtf8();
    const QString path = writeFile(u"same.csv"_s, csv);
    const QString templateWs = m_dir->filePath(u"template.breachdesk"_s);
    QVERIFY(QFile::copy(m_ws, templateWs));
    const QString trialWs = m_ws;
    for (int trial = 1; trial <= 10; ++trial) {
        QFile::remove(trialWs);
        QVERIFY(QFile::copy(templateWs, trialWs));
        QProcess first, second;
        const QStringList args{u"import-recipients"_s, u"--workspace"_s, trialWs, u"--incident"_s, kIncident,
                               u"--group"_s,           u"employees"_s,   path};
        test::startBreachdesk(first, m_dir->path(), args);
        test::startBreachdesk(second, m_dir->path(), args);
        for (QProcess* p : {&first, &second}) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            const QString err = QString::fromUtf8(p->readAllStandardError());
            // A workspace locked for too long is exit 3 with the reason, never a second copy.
            QVERIFY2(p->exitCode() == 0 || (p->exitCode() == 3 && err.contains(u"in use"_s)),
                     qPrintable(u"trial %1: exit %2: %3"_s.arg(trial).arg(p->exitCode()).arg(err)));
        }
        const QList<Recipient> saved = recipients(u"employees"_s);
        QSet<QString> numbers;
        for (const Recipient& r : saved)
            numbers.insert(r.custom.value(u"社員番号"_s));
        QStringList out{QString::fromUtf8(first.readAllStandardOutput()),
                        QString::fromUtf8(second.readAllStandardOutput())};
        // (whichever saved second either planned after the first had saved, or found it in its transaction)
        QVERIFY2(out.filter(u"Identical rows imported once: %1"_s.arg(People)).size() == 1 ||
                     out.filter(u"Identical rows imported once: %L1"_s.arg(People)).size() == 1,
                 qPrintable(out.join(u'\n')));
        QVERIFY2(saved.size() == People && numbers.size() == People,
                 qPrintable(
                     u"trial %1: %2 rows for %3 people"_s.arg(trial).arg(saved.size()).arg(numbers.size())));
    }
}

void TestRecipientsCli::import_possibleDuplicates_importedMarkedAndCounted()
{
    // 140 business contacts share a name and an office address but not an e-mail: all are imported.
    const QString path = writeFile(u"contacts.csv"_s, "氏名,会社名,住所,メールアドレス\r\n"
                                                      "山田 太郎,A社,東京都千代田区1-1,taro@a.example\r\n"
                                                      "山田 太郎,B社,東京都千代田区1-1,taro@b.example\r\n"
                                                      "山田 太郎,A社,東京都千代田区1-1,taro@a.example\r\n"
                                                      "佐藤 花子,A社,大阪府,taro@a.example\r\n");
    const Result r = runWs(u"import-recipients"_s,
                           {u"--incident"_s, kIncident, u"--group"_s, u"business_contacts"_s, path});
    VERIFY_EXIT(r, 0);
    QVERIFY2(r.out.contains(u"row 3: possible duplicate (same name and address as row 2"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"row 4: identical to row 2: imported once"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"row 5: possible duplicate (same e-mail as row 2"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Imported 3 recipient"_s) &&
                 r.out.contains(u"Identical rows imported once: 1. Possible duplicates marked: 2."_s),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"山田"_s) && !r.out.contains(u"taro@"_s), "personal data printed");
    const QList<Recipient> saved = recipients(u"business_contacts"_s);
    QCOMPARE(saved.size(), 3);
    QVERIFY(!saved[0].possibleDuplicate);
    QCOMPARE(saved[1].possibleDuplicate, DuplicateKind::NameAddress);
    QCOMPARE(saved[1].possibleDuplicateOf, saved[0].id);
    QCOMPARE(saved[2].possibleDuplicate, DuplicateKind::Email);
    QCOMPARE(saved[2].possibleDuplicateOf, saved[0].id);
}

void TestRecipientsCli::import_lockedWorkspace_exitsThreeAndImportsNothing()
{
    Database holder;
    StorageError error;
    QVERIFY(holder.open(m_ws, &error));
    QSqlQuery lock(holder.connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s)); // another program writing, for longer than the import waits
    const Result r = runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s,
                                                    u"--wait"_s, u"1"_s, cp932Fixture()});
    QVERIFY(lock.exec(u"ROLLBACK"_s));
    holder.close();
    VERIFY_EXIT(r, 3);
    QVERIFY2(r.err.contains(u"in use"_s), qPrintable(r.err));
    QVERIFY(recipients(u"employees"_s).isEmpty());
    VERIFY_EXIT(runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s,
                                               u"--wait"_s, u"soon"_s, cp932Fixture()}),
                1);
}

void TestRecipientsCli::import_headerOnly_importsNothingAndWritesNoAudit()
{
    const QString path = writeFile(u"empty.csv"_s, "氏名,メールアドレス,住所\r\n");
    const int before = auditCount();
    QVERIFY(before >= 0);
    const Result r =
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, path});
    VERIFY_EXIT(r, 2);
    QVERIFY2((r.out + r.err).contains(u"no data rows"_s), qPrintable(r.out + r.err));
    QVERIFY(recipients(u"employees"_s).isEmpty());
    QVERIFY(groupMapping(u"employees"_s).isEmpty());
    // (the first import-recipients creates the built-in groups, which is audited: compare after that)
    const int afterFirst = auditCount();
    VERIFY_EXIT(
        runWs(u"import-recipients"_s, {u"--incident"_s, kIncident, u"--group"_s, u"employees"_s, path}), 2);
    QCOMPARE(auditCount(), afterFirst);
}

QTEST_GUILESS_MAIN(TestRecipientsCli)
#include "tst_recipientscli.moc"
