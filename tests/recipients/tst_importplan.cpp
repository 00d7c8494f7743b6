#include "csvreader.h"
#include "importplan.h"
#include "procstatus.h"
#include "sourcefile.h"
#include "xlsxreader.h"
#include "xlsxwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

ImportPlan planCsv(const QString& csv, const ImportOptions& options = {})
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, TextEncoding::Utf8);
    return planImport(reader, options);
}

// English plural forms for the summary's phrases, as the English catalogue gives them once lupdate has run
// (the test does not depend on the .qm being up to date).
class PluralTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        if (qstrcmp(context, "bd::Recipients") != 0)
            return {};
        const QString text = QString::fromUtf8(sourceText);
        if (!text.contains(u"(s)"))
            return {};
        QString singular = text, plural = text;
        singular.remove(u"(s)"_s);
        plural.replace(u"(s)"_s, u"s"_s);
        return n == 1 ? singular : plural;
    }
};

QList<ImportProblem> problemsOf(const ImportPlan& plan, ProblemKind kind)
{
    QList<ImportProblem> found;
    for (const ImportProblem& p : plan.problems) {
        if (p.kind == kind)
            found.append(p);
    }
    return found;
}

} // namespace

class TstImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void acceptsGoodRows()
    {
        ImportOptions options;
        options.sourceFile = u"staff.csv"_s;
        options.groupId = 42;
        const ImportPlan plan = planCsv(u"氏名,メールアドレス,言語,社員番号\r\n"
                                        "髙橋 一郎, ichiro@example.jp ,日本語,A-1\r\n"
                                        "\r\n"
                                        "Smith,\"john@example.com\",English,'=B2\r\n"_s,
                                        options);
        QVERIFY(!plan.hasErrors());
        QCOMPARE(plan.counts.records, 2);
        QCOMPARE(plan.counts.accepted, 2);
        QCOMPARE(plan.accepted.size(), 2);
        const Recipient& r = plan.accepted[0];
        QCOMPARE(r.name, u"髙橋 一郎"_s);
        QCOMPARE(r.email, u"ichiro@example.jp"_s); // trimmed
        QCOMPARE(r.language, u"ja"_s);
        QCOMPARE(r.custom.value(u"社員番号"_s), u"A-1"_s);
        QCOMPARE(r.sourceFile, u"staff.csv"_s);
        QCOMPARE(r.sourceRow, 2);
        QCOMPARE(r.groupId, 42);
        QCOMPARE(plan.accepted[1].sourceRow, 4);
        QCOMPARE(plan.accepted[1].language, u"en"_s);
        QCOMPARE(plan.accepted[1].custom.value(u"社員番号"_s), u"=B2"_s); // our export guard undone
        QVERIFY(plan.summary().contains(u"2"));
    }

    void summary_eachCountIsItsOwnPluralPhrase()
    {
        PluralTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QLocale locale;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // %Ln groups digits
        ImportPlan plan;
        plan.counts = {1, 1, 1, 1, 0, 0, 1};
        QCOMPARE(plan.summary(), u"1 row: 1 accepted, 1 with problems, 1 identical row imported once, 1 "
                                 "possible duplicate marked."_s);
        plan.counts = {12345, 12000, 300, 45, 0, 0, 7};
        QCOMPARE(plan.summary(), u"12,345 rows: 12,000 accepted, 300 with problems, 45 identical rows "
                                 "imported once, 7 possible duplicates marked."_s);
        QLocale::setDefault(locale);
        QCoreApplication::removeTranslator(&translator);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("rejected");

        QTest::newRow("missing name")
            << u",a@b.jp,x"_s << int(ProblemKind::MissingName) << 0 << u"name"_s << true;
        QTest::newRow("blank name") << u"　 ,a@b.jp,x"_s << int(ProblemKind::MissingName) << 0 << u"name"_s
                                    << true;
        QTest::newRow("bad e-mail no at")
            << u"A,ab.jp,x"_s << int(ProblemKind::BadEmail) << 1 << u"email"_s << false;
        QTest::newRow("bad e-mail two ats")
            << u"A,a@b@c.jp,x"_s << int(ProblemKind::BadEmail) << 1 << u"email"_s << false;
        QTest::newRow("bad e-mail no dot")
            << u"A,a@localhost,x"_s << int(ProblemKind::BadEmail) << 1 << u"email"_s << false;
        QTest::newRow("bad e-mail space")
            << u"A,a b@c.jp,x"_s << int(ProblemKind::BadEmail) << 1 << u"email"_s << false;
        QTest::newRow("too many columns")
            << u"A,a@b.jp,x,extra"_s << int(ProblemKind::TooManyColumns) << 3 << QString() << true;
        QTest::newRow("too few columns")
            << u"A,a@b.jp"_s << int(ProblemKind::TooFewColumns) << -1 << QString() << false;
        QTest::newRow("malformed quote")
            << u"A\"B,a@b.jp,x"_s << int(ProblemKind::MalformedQuote) << 0 << u"name"_s << true;
        QTest::newRow("unreadable") << u"A\uFFFD,a@b.jp,x"_s << int(ProblemKind::Unreadable) << 0 << u"name"_s
                                    << true;
    }

    void problems()
    {
        QFETCH(QString, row);
        QFETCH(int, kind);
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(bool, rejected);
        const ImportPlan plan =
            planCsv(u"Name,E-mail,Note\nGood,g@b.jp,\n"_s + row + u"\nAlso good,h@b.jp,\n"_s);
        QCOMPARE(plan.counts.records, 3);
        const QList<ImportProblem> found = problemsOf(plan, static_cast<ProblemKind>(kind));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].row, 3);
        QCOMPARE(found[0].column, column);
        QCOMPARE(found[0].field, field);
        if (column >= 0 && column < 3)
            QCOMPARE(found[0].columnName, (QStringList{u"Name"_s, u"E-mail"_s, u"Note"_s}).at(column));
        QVERIFY(!found[0].message.isEmpty());
        QCOMPARE(plan.counts.rejected, rejected ? 1 : 0);
        QCOMPARE(plan.counts.accepted, rejected ? 2 : 3);
        QCOMPARE(plan.rejected.size(), rejected ? 1 : 0);
        if (rejected)
            QCOMPARE(plan.rejected[0].sourceRow, 3);
        QCOMPARE(plan.hasErrors(), rejected);
    }

    void invalidEmail_keepsTheRowWithAWarning_unlessTheGroupNeedsEmail()
    {
        const QString csv = u"Name,E-mail,Address\nA,not-an-address,Tokyo\nB,b@c.jp,Osaka\n"_s;
        const ImportPlan post = planCsv(csv);
        QCOMPARE(post.counts.accepted, 2);
        QCOMPARE(post.counts.rejected, 0);
        QCOMPARE(post.counts.warnings, 1);
        QCOMPARE(post.accepted[0].email, u"not-an-address"_s); // kept for the officer to correct
        const QList<ImportProblem> warned = problemsOf(post, ProblemKind::BadEmail);
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned[0].row, 2);
        QCOMPARE(warned[0].column, 1);
        QVERIFY(!warned[0].isError());
        QVERIFY(!post.hasErrors());

        ImportOptions emailOnly;
        emailOnly.requireEmail = true;
        const ImportPlan mail = planCsv(csv, emailOnly);
        QCOMPARE(mail.counts.accepted, 1);
        QCOMPARE(mail.counts.rejected, 1);
        QVERIFY(problemsOf(mail, ProblemKind::BadEmail).value(0).isError());
    }

    void rowNumbers_areExcelRecordNumbers_notTextLines()
    {
        // Row 2 spans three text lines; row 3 is an empty line (Excel shows it as an empty row).
        const ImportPlan plan = planCsv(u"Name,Address,E-mail\n"
                                        "A,\"Tokyo\nChiyoda\n1-1\",a@b.jp\n"
                                        "\n"
                                        ",Osaka,c@d.jp\n"
                                        "D,\"Kyoto\nSakyo\",d@e.jp,extra\n"_s);
        QCOMPARE(plan.accepted.size(), 1);
        QCOMPARE(plan.accepted[0].sourceRow, 2);
        QCOMPARE(problemsOf(plan, ProblemKind::MissingName).value(0).row, 4);
        QCOMPARE(problemsOf(plan, ProblemKind::TooManyColumns).value(0).row, 5);
        QCOMPARE(plan.rejected.value(1).sourceRow, 5);
    }

    void identicalRowsCollapse_nearMatchesAreImported()
    {
        const ImportPlan plan =
            planCsv(u"氏名,住所,メール,社員番号\n"
                    "髙橋 一郎,東京都千代田区１－２－３,ichiro@example.jp,E1\n" // 2
                    "髙橋　一郎, 東京都千代田区1-2-3 ,ICHIRO@example.jp,E1\n"   // 3: identical
                    "髙橋 一郎,東京都千代田区1-2-3,other@example.jp,E1\n"       // 4: e-mail differs
                    "髙橋 一郎,東京都千代田区1-2-3,ichiro@example.jp,E2\n"      // 5: number differs
                    "高橋 次郎,大阪府,ichiro@example.jp,E3\n"                   // 6: same e-mail
                    "別人,京都府,,\n"                                           // 7
                    "別人,京都府,,\n"_s);                                       // 8: identical
        QCOMPARE(plan.counts.records, 7);
        QCOMPARE(plan.counts.accepted, 5);
        QCOMPARE(plan.counts.duplicates, 2);
        QList<int> rows;
        for (const Recipient& r : plan.accepted)
            rows.append(r.sourceRow);
        QCOMPARE(rows, (QList<int>{2, 4, 5, 6, 7}));
        QCOMPARE(plan.duplicates.value(0).recipient.sourceRow, 3);
        QCOMPARE(plan.duplicates.value(0).firstRow, 2);
        QCOMPARE(plan.duplicates.value(0).kind, DuplicateKind::Identical);
        QCOMPARE(plan.duplicates.value(1).recipient.sourceRow, 8);
        QCOMPARE(plan.duplicates.value(1).firstRow, 7);
        // Different people who share a name and address, or an e-mail, are imported and marked.
        QCOMPARE(plan.counts.possibleDuplicates, 3);
        QVERIFY(!plan.accepted[0].possibleDuplicate);
        QCOMPARE(plan.accepted[1].possibleDuplicate, DuplicateKind::NameAddress);
        QCOMPARE(plan.accepted[1].possibleDuplicateOfRow, 2);
        QCOMPARE(plan.accepted[2].possibleDuplicate, DuplicateKind::Email);
        QCOMPARE(plan.accepted[2].possibleDuplicateOfRow, 2);
        QCOMPARE(plan.accepted[3].possibleDuplicate, DuplicateKind::Email);
        QCOMPARE(plan.accepted[3].possibleDuplicateOfRow, 2);
        QVERIFY(!plan.accepted[4].possibleDuplicate);
        QCOMPARE(plan.fields, (QStringList{u"name"_s, u"address"_s, u"email"_s, u"custom:社員番号"_s}));
    }

    void existingRecipients_identicalSkipped_nearMatchImported()
    {
        ImportOptions options;
        Recipient a;
        a.id = 7;
        a.name = u"山﨑 花子"_s;
        a.address = u"大阪府大阪市北区梅田１丁目"_s;
        a.email = u"hanako@example.jp"_s;
        options.existing = {a};
        const ImportPlan plan = planCsv(u"氏名,住所,メール\n"
                                        "山﨑花子,大阪府大阪市北区梅田1丁目,Hanako@example.jp\n"  // identical
                                        "山﨑花子,大阪府大阪市北区梅田1丁目,hanako2@example.jp\n" // near
                                        "Other,x,hanako@example.jp\n"_s,                          // near
                                        options);
        QCOMPARE(plan.counts.accepted, 2);
        QCOMPARE(plan.counts.duplicates, 1);
        QCOMPARE(plan.duplicates.value(0).existingId, 7);
        QCOMPARE(plan.duplicates.value(0).recipient.sourceRow, 2);
        QCOMPARE(plan.counts.possibleDuplicates, 2);
        QCOMPARE(plan.accepted[0].possibleDuplicate, DuplicateKind::NameAddress);
        QCOMPARE(plan.accepted[0].possibleDuplicateOf, 7);
        QCOMPARE(plan.accepted[0].possibleDuplicateOfRow, 0);
        QCOMPARE(plan.accepted[1].possibleDuplicate, DuplicateKind::Email);
        QCOMPARE(plan.accepted[1].possibleDuplicateOf, 7);
    }

    void loneSurrogate_inUtf16_isAnErrorOnItsCell_neverJoinedToANeighbour()
    {
        QString text = u"氏名,メール\r\n山田"_s;
        text.append(QChar(0xD800));
        text.append(u"太郎,a@b.jp\r\n佐藤,c@d.jp\r\n"_s);
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, TextEncoding::Utf16LE);
        const ImportPlan plan = planImport(reader, {});
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.rejected, 1);
        QCOMPARE(plan.rejected.value(0).sourceRow, 2);
        QVERIFY(!plan.rejected.value(0).name.contains(QChar(0xD800)));
        QVERIFY(plan.rejected.value(0).name.endsWith(u"太郎"_s)); // the neighbour is intact
        const QList<ImportProblem> broken = problemsOf(plan, ProblemKind::LoneSurrogate);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].row, 2);
        QCOMPARE(broken[0].column, 0);
        QVERIFY(broken[0].isError());
        QCOMPARE(plan.rejected.value(0).name, u"山田\uFFFD太郎"_s);
    }

    void loneSurrogate_inXlsx_isAnErrorOnItsCell()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.xlsx"_s);
        {
            XlsxWriter writer(path); // writes the lone surrogate as OOXML's _xD800_ escape
            QVERIFY(writer.open());
            QVERIFY(writer.writeRow({u"氏名"_s, u"メール"_s}));
            QVERIFY(writer.writeRow({u"佐藤"_s, u"a@b.jp"_s}));
            QString broken = u"山田"_s;
            broken.append(QChar(0xDC00));
            broken.append(u"太郎"_s);
            QVERIFY(writer.writeRow({broken, u"x@y.jp"_s}));
            QVERIFY(writer.close());
        }
        SourceFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const ImportPlan plan = planImport(*file.source(), {});
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.rejected, 1);
        const QList<ImportProblem> broken = problemsOf(plan, ProblemKind::LoneSurrogate);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken[0].row, 3);
        QCOMPARE(broken[0].column, 0);
        QCOMPARE(broken[0].columnName, u"氏名"_s);
    }

    void nulInUtf8_isAnErrorOnItsCell_andTheFileStaysUtf8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nul.csv"_s);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(u"氏名,メール\n髙橋 一郎,a@b.jp\n"_s.toUtf8());
            out.write(QByteArray("\xE5\xB1\xB1\x00\xE7\x94\xB0,c@d.jp\n", 13)); // 山\0田
        }
        SourceFile file;
        QVERIFY(file.open(path));
        QCOMPARE(file.encoding(), TextEncoding::Utf8);
        const ImportPlan plan = planImport(*file.source(), {});
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.rejected, 1);
        bool found = false;
        for (const ImportProblem& p : plan.problems)
            found = found || (p.row == 3 && p.column == 0 && p.isError() && p.message.contains(u"NUL"));
        QVERIFY(found);
        QCOMPARE(problemsOf(plan, ProblemKind::NulCharacter).size(), 1);
    }

    void bidiControls_warnOnTheCell_andTheTextIsKept()
    {
        const QString name = u"Ali\u202Ecba\u202C"_s;
        const ImportPlan plan = planCsv(u"Name,Note\n"_s + name + u",x\nB,\u2067y\u2069\nC,z\n"_s);
        QCOMPARE(plan.counts.accepted, 3);
        QCOMPARE(plan.counts.warnings, 2);
        QCOMPARE(plan.accepted[0].name, name);
        QList<std::pair<int, int>> cells;
        for (const ImportProblem& p : plan.problems) {
            QVERIFY(!p.isError());
            QCOMPARE(p.kind, ProblemKind::BidiControl);
            cells.append({p.row, p.column});
        }
        QCOMPARE(cells, (QList<std::pair<int, int>>{{2, 0}, {3, 1}}));
    }

    void cjkRadicals_becomeTheUnifiedIdeograph_withAWarning()
    {
        // ⽥ U+2F65 (Kangxi) and ⻑ U+2ED1 (Radicals Supplement); full-width Ａ stays as typed.
        const ImportPlan plan = planCsv(u"氏名,住所\n\u2F65中 一郎,\u2ED1野県Ａ棟\n"_s);
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.accepted[0].name, u"田中 一郎"_s);
        QCOMPARE(plan.accepted[0].address, u"長野県Ａ棟"_s);
        QCOMPARE(plan.counts.warnings, 1);
        QList<int> columns;
        for (const ImportProblem& p : plan.problems) {
            QVERIFY(!p.isError());
            QCOMPARE(p.kind, ProblemKind::CjkRadical);
            QCOMPARE(p.row, 2);
            columns.append(p.column);
        }
        QCOMPARE(columns, (QList<int>{0, 1}));

        // ⺀ U+2E80 stands for no ideograph: kept, with a warning.
        const ImportPlan kept = planCsv(u"氏名\n山\u2E80\n"_s);
        QCOMPARE(kept.accepted.value(0).name, u"山\u2E80"_s);
        QCOMPARE(problemsOf(kept, ProblemKind::CjkRadical).size(), 1);
    }

    void planCsvImport_fromBytes()
    {
        const QString text = u"氏名;メール\r\n山田 太郎;taro@example.jp\r\n"_s;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const ImportPlan plan = bd::planCsvImport(QByteArray(utf16.encode(text)));
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.accepted[0].email, u"taro@example.jp"_s);
        QVERIFY(bd::planCsvImport(QByteArray()).fatalError.size() > 0); // no rows: said so, no crash
    }

    void trailingEmptyColumnsAreFine()
    {
        const ImportPlan plan = planCsv(u"Name,E-mail\nA,a@b.jp,,\n"_s);
        QCOMPARE(plan.counts.accepted, 1);
        QVERIFY(plan.problems.isEmpty());
    }

    void unknownLanguageIsAWarning()
    {
        const ImportPlan plan = planCsv(u"Name,Language\nA,français\nB,\nC,EN\n"_s);
        QCOMPARE(plan.counts.accepted, 3);
        QCOMPARE(plan.counts.warnings, 1);
        QCOMPARE(problemsOf(plan, ProblemKind::UnknownLanguage).size(), 1);
        QCOMPARE(plan.accepted[0].language, QString());
        QCOMPARE(plan.accepted[2].language, u"en"_s);
        QVERIFY(!plan.hasErrors());
    }

    void channelRequirements()
    {
        ImportOptions options;
        options.requireEmail = true;
        options.requireAddress = true;
        const ImportPlan plan =
            planCsv(u"Name,E-mail,Address\nA,,Tokyo\nB,b@c.jp,\nC,c@d.jp,Osaka\n"_s, options);
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.rejected, 2);
        QCOMPARE(problemsOf(plan, ProblemKind::MissingValue).size(), 2);
    }

    void organisationsGroup()
    {
        ImportOptions options;
        options.organisationsGroup = true;
        const ImportPlan plan = planCsv(u"会社名,氏名\n㈱山﨑商事,\n,\n"_s, options);
        QCOMPARE(plan.counts.accepted, 1);
        QCOMPARE(plan.counts.blank, 1);
    }

    void severalColumnsJoined()
    {
        const ImportPlan plan = planCsv(u"姓,名,住所1,住所2\n山田,太郎,東京都千代田区1-1,ビル2F\n"_s);
        QCOMPARE(plan.accepted.size(), 1);
        QCOMPARE(plan.accepted[0].name, u"山田 太郎"_s);
        QCOMPARE(plan.accepted[0].address, u"東京都千代田区1-1 ビル2F"_s);
    }

    void keys()
    {
        QCOMPARE(ImportPlanner::nameAddressKey(u"髙橋　一郎"_s, u"東京都 １−２"_s),
                 ImportPlanner::nameAddressKey(u"髙橋一郎"_s, u"東京都1-2"_s));
        QVERIFY(ImportPlanner::nameAddressKey(u"髙橋"_s, QString()).isEmpty());
        QCOMPARE(ImportPlanner::emailKey(u" Ａ@Example.JP "_s), u"a@example.jp"_s);
    }

    void plausibleEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("simple") << u"a@b.jp"_s << true;
        QTest::newRow("plus and dots") << u"first.last+tag@mail.example.co.jp"_s << true;
        QTest::newRow("hyphen domain") << u"x@my-host.example"_s << true;
        QTest::newRow("idn") << u"x@例え.jp"_s << true;
        QTest::newRow("no at") << u"ab.jp"_s << false;
        QTest::newRow("empty local") << u"@b.jp"_s << false;
        QTest::newRow("double dot local") << u"a..b@c.jp"_s << false;
        QTest::newRow("trailing dot domain") << u"a@b.jp."_s << false;
        QTest::newRow("empty label") << u"a@b..jp"_s << false;
        QTest::newRow("hyphen label edge") << u"a@-b.jp"_s << false;
        QTest::newRow("comma") << u"a,b@c.jp"_s << false;
        QTest::newRow("two addresses") << u"a@b.jp;c@d.jp"_s << false;
    }

    void plausibleEmail()
    {
        QFETCH(QString, email);
        QFETCH(bool, ok);
        QCOMPARE(isPlausibleEmail(email), ok);
    }

    void cp932FileEndToEnd()
    {
        SourceFile file;
        QVERIFY2(file.open(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv")),
                 qPrintable(file.errorString()));
        QCOMPARE(file.format(), SourceFile::Format::Csv);
        QCOMPARE(file.encoding(), TextEncoding::Cp932);
        QCOMPARE(file.delimiter(), u',');
        ImportOptions options;
        options.sourceFile = u"recipients_cp932.csv"_s;
        const ImportPlan plan = planImport(*file.source(), options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.summary()));
        QCOMPARE(plan.counts.accepted, 3);
        const Recipient& first = plan.accepted[0];
        QCOMPARE(first.name, u"髙橋 一郎"_s);
        QCOMPARE(first.kana, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s);
        QCOMPARE(first.organisation, u"㈱山﨑商事"_s);
        QCOMPARE(first.department, u"第①営業部"_s);
        QCOMPARE(first.address, u"東京都千代田区１－２－３"_s);
        QCOMPARE(first.email, u"ichiro@example.jp"_s);
        QCOMPARE(first.phone, u"03－1234－5678"_s);
        QCOMPARE(first.custom.value(u"備考"_s), u"～テスト～"_s);
        QCOMPARE(plan.accepted[1].department, u"総務部\n人事課"_s);
        QCOMPARE(plan.accepted[2].sourceRow, 4); // the record before holds a line break: still one row
        QCOMPARE(plan.accepted[2].name, u"Ｓｍｉｔｈ, Ｊｏｈｎ"_s);
        QCOMPARE(plan.accepted[2].custom.value(u"備考"_s), u"￢―㍻℡"_s);
    }

    void wrongEncodingGivesUnreadableRows()
    {
        // The CP932 fixture read as UTF-8: every row with Japanese text is reported, with its row.
        SourceFileOptions options;
        options.encoding = TextEncoding::Utf8;
        SourceFile file;
        QVERIFY(file.open(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv"), options));
        const ImportPlan plan = planImport(*file.source(), {});
        QVERIFY(plan.hasErrors());
        QCOMPARE(plan.counts.accepted, 0);
        QList<int> rows;
        for (const ImportProblem& p : problemsOf(plan, ProblemKind::Unreadable)) {
            if (!rows.contains(p.row))
                rows.append(p.row);
        }
        QCOMPARE(rows, (QList<int>{1, 2, 3, 4})); // as Excel numbers the records
    }

    void xlsxEndToEnd()
    {
        SourceFile file;
        QVERIFY2(file.open(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx")),
                 qPrintable(file.errorString()));
        QCOMPARE(file.format(), SourceFile::Format::Xlsx);
        QCOMPARE(file.sheetNames().size(), 2);
        const ImportPlan plan = planImport(*file.source(), {});
        QCOMPARE(plan.mapping.field(0), u"name"_s);
        QCOMPARE(plan.mapping.field(1), u"email"_s);
        QCOMPARE(plan.mapping.field(2), u"postcode"_s);
        QCOMPARE(plan.counts.accepted, 3);                                    // rows 2, 4 and 5
        QCOMPARE(problemsOf(plan, ProblemKind::BadEmail).value(0).row, 5);    // 3.5 in the e-mail column
        QVERIFY(!problemsOf(plan, ProblemKind::BadEmail).value(0).isError()); // kept for letters by post
        QCOMPARE(problemsOf(plan, ProblemKind::MissingName).value(0).row, 7); // row 7 only has a far cell
        QCOMPARE(problemsOf(plan, ProblemKind::TooManyColumns).value(0).row, 7);
        QCOMPARE(plan.accepted[1].postcode, u"0123"_s);
        QCOMPARE(plan.accepted[1].custom.value(u"備考"_s), u"=1+1"_s);

        SourceFileOptions second;
        second.sheet = u"2"_s;
        SourceFile notes;
        QVERIFY(notes.open(QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx"), second));
        SourceRecord record;
        QVERIFY(notes.source()->readNext(&record));
        QCOMPARE(record.cells.value(1), u"note"_s);
    }

    void hundredThousandRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"staff.csv"_s);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QStringEncoder cp932("windows-31j");
            QByteArray chunk = cp932.encode(u"氏名,フリガナ,住所,メールアドレス,電話番号\r\n"_s);
            for (int i = 1; i <= 100000; ++i) {
                chunk +=
                    cp932.encode(u"髙橋 太郎%1,タカハシ タロウ,東京都千代田区丸の内１－%1,taro%1@example.jp,"
                                 "03-0000-%1\r\n"_s.arg(i));
                if (i == 500) // the e-mail of row 2 (data row 1), another person
                    chunk += cp932.encode(u"別人,ベツジン,大阪府,TARO1@example.jp,\r\n"_s);
                if (i == 900) // a bad row
                    chunk += cp932.encode(u",,,,\r\n,x,y,z,w\r\n"_s);
            }
            QCOMPARE(out.write(chunk), chunk.size());
        }
        QElapsedTimer timer;
        timer.start();
        SourceFile file;
        QVERIFY(file.open(path));
        QCOMPARE(file.encoding(), TextEncoding::Cp932);
        const ImportPlan plan = planImport(*file.source(), {});
        QCOMPARE(plan.counts.accepted, 100001); // the one with a repeated e-mail is another person
        QCOMPARE(plan.counts.duplicates, 0);
        QCOMPARE(plan.counts.rejected, 1);
        QCOMPARE(plan.counts.blank, 1);
        QCOMPARE(plan.accepted[500].sourceRow, 502);
        QCOMPARE(plan.counts.possibleDuplicates, 1);
        QCOMPARE(plan.accepted[500].possibleDuplicate, DuplicateKind::Email);
        QCOMPARE(plan.accepted[500].possibleDuplicateOfRow, 2);
        QCOMPARE(plan.rejected[0].sourceRow, 904);
        QCOMPARE(plan.accepted.last().sourceRow, 100004);
        QCOMPARE(plan.accepted.last().email, u"taro100000@example.jp"_s);
        qInfo("100,000 CP932 rows planned in %lld ms, peak RSS %lld MiB", qint64(timer.elapsed()),
              bdtest::peakRssKiB() / 1024);
    }
};

QTEST_GUILESS_MAIN(TstImportPlan)
#include "tst_importplan.moc"
