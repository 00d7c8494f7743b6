// `breachdesk draft-filing` through the real executable against a temporary workspace holding the demo
// incident (and a copy that holds the Privacy Mark and falls under the GDPR): every kind of the table drafted
// as text, a web page and a PDF (read back with Poppler), `--kind list`, and clear errors with their exit
// codes. A draft is never issued: the issued documents and the filing register stay as they were.
#include "clitestsupport.h"
#include "database.h"
#include "filingdrafter.h"
#include "filingfixtures.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "issueddocumentrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-qt6.h>

using namespace bd;

namespace {

using Result = ::test::CliResult;

const QString demo = QStringLiteral("INC-2024-003");
const QString euDemo = QStringLiteral("INC-2024-003-EU"); // Privacy Mark holder, GDPR with a high risk
const QString aoba = QStringLiteral("あおば損害保険株式会社");
const QString shiosai = QStringLiteral("しおさい損害保険株式会社");

// The nine items of 規則8条1項 as the PPC's form names them.
const QStringList ppcItems{
    QStringLiteral("（1）概要"),
    QStringLiteral("（2）漏えい等が発生し、又は発生したおそれがある個人データの項目"),
    QStringLiteral("（3）漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数"),
    QStringLiteral("（4）原因"),
    QStringLiteral("（5）二次被害又はそのおそれの有無及びその内容"),
    QStringLiteral("（6）本人への対応の実施状況"),
    QStringLiteral("（7）公表の実施状況"),
    QStringLiteral("（8）再発防止のための措置"),
    QStringLiteral("（9）その他参考となる事項")};

int rowCount(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDraftCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void listPrintsEveryKind();
    void listWithIncidentSaysWhatIsCalledFor();
    void ppcReportStages_data();
    void ppcReportStages();
    void publicNoticeEditions_data();
    void publicNoticeEditions();
    void consignorNoticeNamesItsClientOnly();
    void pmarkReportOnlyWhenCalled();
    void gdprArt33AskedForTheReasonsOfADelay();
    void gdprArt34InBothLanguages();
    void pdfAndWebPage();
    void draftingIssuesNothing();
    void finalReportFollowsTheIssuedPreliminary();
    void errors_data();
    void errors();

private:
    Result run(const QStringList& args) const;
    QString m_ws;
    QTemporaryDir m_dir;
};

void TestDraftCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(BD_BREACHDESK)), BD_BREACHDESK);
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws.breachdesk"));
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    IncidentTransfer transfer(db);
    QVERIFY2(transfer.ensureDemoIncident(&error), qPrintable(error.text()));
    QJsonObject root = QJsonDocument::fromJson(IncidentTransfer::demoIncidentJson()).object();
    QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    incident.insert(QStringLiteral("code"), euDemo);
    incident.insert(QStringLiteral("privacy_mark"),
                    QJsonObject{{QStringLiteral("holder"), true},
                                {QStringLiteral("review_body"), QStringLiteral("JIPDEC")}});
    incident.insert(QStringLiteral("gdpr"),
                    QJsonObject{{QStringLiteral("applies"), true},
                                {QStringLiteral("risk"), QStringLiteral("high_risk")}});
    root.insert(QStringLiteral("incident"), incident);
    const IncidentTransfer::ImportResult imported =
        transfer.importJson(QJsonDocument(root).toJson(), IncidentTransfer::CodeConflict::Fail);
    QVERIFY2(imported.ok(), qPrintable(imported.problems.isEmpty() ? imported.storage.text()
                                                                   : imported.problems.first().text()));
}

Result TestDraftCli::run(const QStringList& args) const
{
    return ::test::runBreachdesk(
        m_dir.path(),
        QStringList{QStringLiteral("draft-filing"), QStringLiteral("--workspace"), m_ws} + args);
}

void TestDraftCli::listPrintsEveryKind()
{
    const Result r = run({QStringLiteral("--kind"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QStringList keys;
    for (const QString& line : lines)
        keys << line.section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(keys, (QStringList{QStringLiteral("ppc_preliminary"), QStringLiteral("ppc_final"),
                                QStringLiteral("ppc_follow_up"), QStringLiteral("ppc_combined"),
                                QStringLiteral("public_notice"), QStringLiteral("public_notice_final"),
                                QStringLiteral("consignor_notice"), QStringLiteral("pmark_preliminary"),
                                QStringLiteral("pmark_final"), QStringLiteral("gdpr_art33"),
                                QStringLiteral("gdpr_art34")}));
    QCOMPARE(lines.at(0), QStringLiteral("ppc_preliminary\tPPC report — preliminary (速報)"));
    QCOMPARE(lines.at(3),
             QStringLiteral("ppc_combined\tPPC report — combined preliminary and final (速報兼確報)"));
    QCOMPARE(lines.at(9), QStringLiteral("gdpr_art33\tGDPR Art. 33 notification (next phase)"));
}

void TestDraftCli::listWithIncidentSaysWhatIsCalledFor()
{
    const Result r =
        run({QStringLiteral("--kind"), QStringLiteral("list"), QStringLiteral("--incident"), demo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("ppc_preliminary\tPPC report — preliminary (速報)\tcalled for\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("ppc_follow_up\tPPC report — follow-up (続報)\ton request\n")));
    QVERIFY(r.out.contains(QStringLiteral("consignor_notice\tNotice to a consignor client\tcalled for\n")));
    QVERIFY(r.out.contains(QStringLiteral("pmark_final\tPrivacy Mark report — final\tnot called for\n")));
    QVERIFY(r.out.contains(QStringLiteral("gdpr_art34\tGDPR Art. 34 communication\tnot called for\n")));
    QVERIFY(r.out.contains(QStringLiteral("Consignor clients: %1, %2\n").arg(aoba, shiosai)));

    const Result eu =
        run({QStringLiteral("--kind"), QStringLiteral("list"), QStringLiteral("--incident"), euDemo});
    QCOMPARE(eu.exitCode, 0);
    QVERIFY(eu.out.contains(QStringLiteral("pmark_final\tPrivacy Mark report — final\tcalled for\n")));
    QVERIFY(
        eu.out.contains(QStringLiteral("gdpr_art33\tGDPR Art. 33 notification (next phase)\tcalled for\n")));
    QVERIFY(eu.out.contains(QStringLiteral("gdpr_art34\tGDPR Art. 34 communication\tcalled for\n")));
}

void TestDraftCli::ppcReportStages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("heading");
    QTest::newRow("preliminary") << "ppc_preliminary"
                                 << "個人データの漏えい等報告（速報）";
    QTest::newRow("final") << "ppc_final"
                           << "個人データの漏えい等報告（確報）";
    QTest::newRow("follow-up") << "ppc_follow_up"
                               << "個人データの漏えい等報告（続報）";
    QTest::newRow("combined") << "ppc_combined"
                              << "個人データの漏えい等報告（速報兼確報）";
}

void TestDraftCli::ppcReportStages()
{
    QFETCH(QString, kind);
    QFETCH(QString, heading);
    const Result r = run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"), kind,
                          QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--date"),
                          QStringLiteral("2024-09-02"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(heading), qPrintable(r.out.left(400)));
    QVERIFY(r.out.contains(QStringLiteral("2024年9月2日")));
    int at = 0;
    for (const QString& item : ppcItems) { // all nine, in the form's order
        const int found = int(r.out.indexOf(item, at));
        QVERIFY2(found > at, qPrintable(item));
        at = found;
    }
    QVERIFY(r.out.contains(QStringLiteral("合計：約6,551名")));
}

void TestDraftCli::publicNoticeEditions_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("label");
    // The demo records its 第1報 (Japanese) as published on 2024-10-07; the English one is still to come.
    QTest::newRow("next, ja") << "public_notice"
                              << "ja"
                              << "第2報";
    QTest::newRow("next, en") << "public_notice"
                              << "en"
                              << "First report";
    QTest::newRow("final, ja") << "public_notice_final"
                               << "ja"
                               << "最終報";
    QTest::newRow("final, en") << "public_notice_final"
                               << "en"
                               << "Final report";
}

void TestDraftCli::publicNoticeEditions()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    QFETCH(QString, label);
    const Result r =
        run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"), kind, QStringLiteral("--lang"),
             lang, QStringLiteral("--date"), QStringLiteral("2024-09-03"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(label), qPrintable(r.out.left(600)));
}

void TestDraftCli::consignorNoticeNamesItsClientOnly()
{
    const Result r = run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                          QStringLiteral("consignor_notice"), QStringLiteral("--consignor"), aoba,
                          QStringLiteral("--date"), QStringLiteral("2024-08-30"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(aoba + QStringLiteral("　御中")), qPrintable(r.out.left(600)));
    QVERIFY(r.out.contains(QStringLiteral("2024年8月30日")));
    // Only this client's data sets: the other client's 1,800 customers are not its business.
    QVERIFY(!r.out.contains(QStringLiteral("1,800")));
    QVERIFY(!r.out.contains(shiosai + QStringLiteral("　御中")));
    QVERIFY(!r.out.contains(shiosai));

    const Result en = run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                           QStringLiteral("consignor_notice"), QStringLiteral("--consignor"), shiosai,
                           QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--text")});
    QVERIFY2(en.exitCode == 0, qPrintable(en.err));
    // Addressed to the organisation: its name heads the address block, and the letter opens "Dear Sir or
    // Madam," (domain.md §11.5).
    QVERIFY(en.out.contains(shiosai + QLatin1Char('\n')));
    QVERIFY(en.out.contains(QStringLiteral("Dear Sir or Madam,")));
    QVERIFY(en.out.contains(QStringLiteral("about 1,800 people")));
}

void TestDraftCli::pmarkReportOnlyWhenCalled()
{
    const QStringList args{QStringLiteral("--kind"), QStringLiteral("pmark_preliminary"),
                           QStringLiteral("--date"), QStringLiteral("2024-09-02"), QStringLiteral("--text")};
    const Result refused = run(QStringList{QStringLiteral("--incident"), demo} + args);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("do not call for a Privacy Mark report — preliminary")),
             qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    const Result r = run(QStringList{QStringLiteral("--incident"), euDemo} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("個人情報の取扱いに関する事故等の報告書（速報）")),
             qPrintable(r.out.left(400)));
}

void TestDraftCli::gdprArt33AskedForTheReasonsOfADelay()
{
    const QStringList args{QStringLiteral("--incident"), euDemo,
                           QStringLiteral("--kind"),     QStringLiteral("gdpr_art33"),
                           QStringLiteral("--date"),     QStringLiteral("2024-09-03"),
                           QStringLiteral("--text")};
    const Result r = run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Notification of a personal data breach under Article 33 GDPR")),
             qPrintable(r.out.left(600)));
    QVERIFY(r.out.contains(QStringLiteral("Phase 1 (initial notification)")));
    // Aware on 29 August 09:30: the 3 September notification is late and says why, or that it has not yet.
    QVERIFY(
        r.out.contains(QStringLiteral("Reasons for notifying after 72 hours (Art. 33(1)): not yet stated")));
    QVERIFY(r.err.contains(QStringLiteral("--late-reason")));
    const Result withReason =
        run(args + QStringList{QStringLiteral("--late-reason"),
                               QStringLiteral("The scope was confirmed on 2 September.")});
    QVERIFY2(withReason.exitCode == 0, qPrintable(withReason.err));
    QVERIFY(withReason.out.contains(QStringLiteral(
        "Reasons for notifying after 72 hours (Art. 33(1)): The scope was confirmed on 2 September.")));
    QVERIFY(!withReason.err.contains(QStringLiteral("--late-reason")));
    // Within 72 hours nothing is asked.
    const Result inTime =
        run({QStringLiteral("--incident"), euDemo, QStringLiteral("--kind"), QStringLiteral("gdpr_art33"),
             QStringLiteral("--date"), QStringLiteral("2024-08-30"), QStringLiteral("--text")});
    QVERIFY2(inTime.exitCode == 0, qPrintable(inTime.err));
    QVERIFY(!inTime.out.contains(QStringLiteral("after 72 hours")));
    // Art. 33 is written in English.
    const Result ja =
        run({QStringLiteral("--incident"), euDemo, QStringLiteral("--kind"), QStringLiteral("gdpr_art33"),
             QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--text")});
    QCOMPARE(ja.exitCode, 1);
    QVERIFY2(ja.err.contains(QStringLiteral("is drafted in English only")), qPrintable(ja.err));
}

void TestDraftCli::gdprArt34InBothLanguages()
{
    for (const auto& [lang, title] :
         {std::pair{QStringLiteral("ja"), QStringLiteral("個人データ侵害に関するお知らせ")},
          std::pair{QStringLiteral("en"),
                    QStringLiteral("Important information about a personal data breach")}}) {
        const Result r =
            run({QStringLiteral("--incident"), euDemo, QStringLiteral("--kind"), QStringLiteral("gdpr_art34"),
                 QStringLiteral("--lang"), lang, QStringLiteral("--text")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(title), qPrintable(r.out.left(400)));
    }
}

void TestDraftCli::pdfAndWebPage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("combined.pdf"));
    const Result r =
        run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"), QStringLiteral("ppc_combined"),
             QStringLiteral("--date"), QStringLiteral("2024-09-02"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(pdf));
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    QVERIFY(doc);
    QVERIFY(doc->numPages() > 1);
    QString text;
    for (int p = 0; p < doc->numPages(); ++p)
        text += doc->page(p)->text(QRectF());
    QVERIFY2(text.contains(QStringLiteral("個人データの漏えい等報告（速報兼確報）")),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("再発防止のための措置")));

    // A web page on standard output: the whole self-contained page, nothing else.
    const Result html =
        run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"), QStringLiteral("public_notice"),
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--html"), QStringLiteral("-")});
    QVERIFY2(html.exitCode == 0, qPrintable(html.err));
    QVERIFY(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.out.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(html.out.contains(QStringLiteral("name=\"viewport\"")));
    QVERIFY(html.out.trimmed().endsWith(QStringLiteral("</html>")));
}

void TestDraftCli::draftingIssuesNothing()
{
    Database db;
    StorageError error;
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    const int exportsBefore =
        rowCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'export'"));
    const int filingsBefore = rowCount(db, QStringLiteral("SELECT COUNT(*) FROM filing"));
    db.close();
    const QString pdf = m_dir.filePath(QStringLiteral("final.pdf"));
    const Result r = run({QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                          QStringLiteral("ppc_final"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(db.open(m_ws, &error), qPrintable(error.text()));
    QCOMPARE(rowCount(db, QStringLiteral("SELECT COUNT(*) FROM issued_document")), 0);
    QCOMPARE(rowCount(db, QStringLiteral("SELECT COUNT(*) FROM filing")), filingsBefore);
    // Like every export, the draft leaving the workspace is in the audit trail.
    QCOMPARE(rowCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'export'")),
             exportsBefore + 1);
}

// With a 速報 issued (through the same core the page issues with), the 確報 names it in its header and the
// changes since it are listed on standard error.
void TestDraftCli::finalReportFollowsTheIssuedPreliminary()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("issued.breachdesk"));
    {
        Database db;
        StorageError error;
        QVERIFY2(db.open(ws, &error), qPrintable(error.text()));
        const std::optional<qint64> id = IncidentTransfer(db).ensureDemoIncident(&error);
        QVERIFY2(id, qPrintable(error.text()));
        // The demo's narratives speak as of the 続報: a 速報 of 9/2 must not mention later days (AsOfCheck).
        IncidentRepository narratives(db);
        const std::optional<Incident> loaded = narratives.load(*id, &error);
        QVERIFY2(loaded, qPrintable(error.text()));
        for (const Narrative& n : loaded->narratives) {
            const Narrative edited =
                n.edited(Lang::Ja, bd::test::sentencesAsOf(n.textJa, QDate(2024, 9, 2)))
                    .edited(Lang::En, bd::test::sentencesAsOf(n.textEn, QDate(2024, 9, 2)));
            QVERIFY2(narratives.setNarrative(*id, edited, &error), qPrintable(error.text()));
        }
        DraftRequest request;
        request.kind = QStringLiteral("ppc_preliminary");
        request.date = QDate(2024, 9, 2);
        request.now = QDateTime::currentDateTime();
        const DraftedFiling drafted = FilingDrafter::draft(db, *id, request);
        QVERIFY2(drafted.ok(), qPrintable(drafted.message));
        IncidentRepository incidents(db);
        IssuedDocument doc;
        QString message;
        QVERIFY2(freezeDraft(drafted.draft, *incidents.load(*id, &error), incidents.customItems(&error), &doc,
                             &message),
                 qPrintable(message));
        QVERIFY2(IssuedDocumentRepository(db).issue(doc, &error), qPrintable(error.text()));
    }
    const Result r =
        ::test::runBreachdesk(dir.path(), {QStringLiteral("draft-filing"), QStringLiteral("--workspace"), ws,
                                           QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                                           QStringLiteral("ppc_final"), QStringLiteral("--date"),
                                           QStringLiteral("2024-09-27"), QStringLiteral("--text")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("前回の報告")), qPrintable(r.out.left(600)));
    QVERIFY(r.out.contains(QStringLiteral("速報（2024年9月2日提出")));
    QVERIFY2(r.err.contains(QStringLiteral("Changes since the 速報 issued on 2024-09-02:")),
             qPrintable(r.err));
    // The 速報 itself follows nothing.
    const Result preliminary =
        ::test::runBreachdesk(dir.path(), {QStringLiteral("draft-filing"), QStringLiteral("--workspace"), ws,
                                           QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                                           QStringLiteral("ppc_preliminary"), QStringLiteral("--text")});
    QVERIFY2(preliminary.exitCode == 0, qPrintable(preliminary.err));
    QVERIFY(!preliminary.out.contains(QStringLiteral("前回の報告")));
    QVERIFY(!preliminary.err.contains(QStringLiteral("Changes since")));
}

void TestDraftCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("--incident"), demo, QStringLiteral("--text")};
    QTest::newRow("unknown kind") << (base +
                                      QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_draft")})
                                  << 1 << "Unknown kind \"ppc_draft\". Run with --kind list for the kinds.";
    QTest::newRow("no kind") << base << 1 << "Usage: breachdesk draft-filing";
    QTest::newRow("no incident") << QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_final"),
                                                QStringLiteral("--text")}
                                 << 1 << "Usage: breachdesk draft-filing";
    QTest::newRow("no output") << QStringList{QStringLiteral("--incident"), demo, QStringLiteral("--kind"),
                                              QStringLiteral("ppc_final")}
                               << 1 << "Usage: breachdesk draft-filing";
    QTest::newRow("two outputs") << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_final"),
                                                        QStringLiteral("--pdf"), QStringLiteral("-")})
                                 << 1 << "Usage: breachdesk draft-filing";
    QTest::newRow("unknown incident")
        << QStringList{QStringLiteral("--incident"), QStringLiteral("INC-9999"), QStringLiteral("--kind"),
                       QStringLiteral("ppc_final"), QStringLiteral("--text")}
        << 2 << "No incident has the code INC-9999.";
    QTest::newRow("bad date") << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_final"),
                                                     QStringLiteral("--date"), QStringLiteral("2024-02-30")})
                              << 1 << "--date: \"2024-02-30\" is not a date like 2024-10-18.";
    QTest::newRow("bad language") << (base + QStringList{QStringLiteral("--kind"),
                                                         QStringLiteral("public_notice"),
                                                         QStringLiteral("--lang"), QStringLiteral("de")})
                                  << 1 << "--lang must be ja or en, not \"de\".";
    QTest::newRow("PPC report in English")
        << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_final"),
                               QStringLiteral("--lang"), QStringLiteral("en")})
        << 1 << "PPC report — final (確報) is drafted in Japanese only.";
    QTest::newRow("no consignor")
        << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("consignor_notice")}) << 1
        << QStringLiteral("The consignor clients of INC-2024-003: %1, %2").arg(aoba, shiosai);
    QTest::newRow("unknown consignor")
        << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("consignor_notice"),
                               QStringLiteral("--consignor"), QStringLiteral("みなと生命")})
        << 1 << QStringLiteral("name no consignor client \"みなと生命\".");
    QTest::newRow("consignor for another kind")
        << (base + QStringList{QStringLiteral("--kind"), QStringLiteral("ppc_final"),
                               QStringLiteral("--consignor"), aoba})
        << 1 << "--consignor is only for the notice to a consignor client";
}

void TestDraftCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestDraftCli)
#include "tst_draftcli.moc"
