// The other kinds' context builders and templates: public notice editions (ja/en, PDF and web page), one
// consignor notice per client with that client's data only, the P-mark report, GDPR Art. 33 and 34.
#include "filingfixtures.h"
#include "noticecontexts.h"

using namespace bd;
using namespace bd::test;

class TestFilingKinds : public QObject
{
    Q_OBJECT

    // BD_KEEP_DIR=/some/dir keeps the PDFs drafted here, to look at them.
    static void keep(const FilingDraft& draft, const QString& name)
    {
        if (!qEnvironmentVariableIsSet("BD_KEEP_DIR"))
            return;
        QFile out(qEnvironmentVariable("BD_KEEP_DIR") + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        if (out.open(QIODevice::WriteOnly))
            out.write(renderFilingPdf(draft));
    }

private slots:
    void everyShippedTemplateLoads()
    {
        for (const auto& [kind, lang] :
             QList<std::pair<FilingKind, Lang>>{{FilingKind::PpcReport, Lang::Ja},
                                                {FilingKind::PublicNotice, Lang::Ja},
                                                {FilingKind::PublicNotice, Lang::En},
                                                {FilingKind::ConsignorNotice, Lang::Ja},
                                                {FilingKind::ConsignorNotice, Lang::En},
                                                {FilingKind::PmarkReport, Lang::Ja},
                                                {FilingKind::GdprArt33, Lang::En},
                                                {FilingKind::GdprArt34, Lang::Ja},
                                                {FilingKind::GdprArt34, Lang::En}}) {
            const std::optional<FilingTemplate> t = FilingTemplates::builtin(kind, lang);
            QVERIFY2(t && t->body.contains(QStringLiteral("{{")), qPrintable(filingKindKey(kind)));
            QCOMPARE(t->sha256.size(), 64);
        }
        QVERIFY(!FilingTemplates::builtin(FilingKind::PpcReport, Lang::En)); // the PPC form is Japanese
    }

    void publicNoticeEditions()
    {
        const IncidentDocumentData data = workedExample();
        PublicNoticeOptions o;
        o.date = QDate(2024, 12, 25);
        o.edition = 2;
        o.previousEditionDate = QDate(2024, 10, 7);
        const FilingDraft ja = draftPublicNotice(data.incident, data.customItems, o);
        QVERIFY(ja.isValid());
        const QString text = squeezed(ja.plainText);
        QVERIFY(text.contains(squeezed(QStringLiteral("（第2報）"))));
        QVERIFY(text.contains(
            squeezed(QStringLiteral("2024年10月7日付けで当社ウェブサイトにて公表いたしましたとおり"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("■お取引先様担当者（当社が保有する個人データ）"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("・個人データの件数：約6,400名分"))));
        // The two clients' data as one block that names neither (あおば's count is unknown, so the sum is).
        QVERIFY(text.contains(squeezed(QStringLiteral("・個人データの件数：調査中"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("（当社の取引先様から受託している個人データ）"))));
        QCOMPARE(text.count(squeezed(QStringLiteral("受託している個人データ"))), 1);
        QVERIFY(!text.contains(QStringLiteral("しおさい")));
        QVERIFY(!text.contains(QStringLiteral("あおば")));
        QVERIFY(text.contains(squeezed(QStringLiteral("7.お問い合わせ先"))));
        QCOMPARE(ja.title,
                 QStringLiteral("不正アクセスによる個人情報漏えいのおそれに関するお詫びとお知らせ（第2報）"));

        o.finalEdition = true;
        o.lang = Lang::En;
        const FilingDraft en = draftPublicNotice(data.incident, data.customItems, o);
        QVERIFY(en.plainText.contains(QStringLiteral("(Final report)")));
        QVERIFY(en.plainText.contains(QStringLiteral("As announced on our website on 7 October 2024")));
        QVERIFY(en.plainText.contains(QStringLiteral("Our investigation is now complete")));
        QVERIFY2(en.plainText.contains(
                     QStringLiteral("personal data handled by Minato Loss Adjusters Co., Ltd. was "
                                    "damaged (encrypted by ransomware) and may have been leaked")),
                 qPrintable(en.plainText));
        QCOMPARE(editionLabel(1, false, Lang::En), QStringLiteral("First report"));
        QCOMPARE(editionLabel(3, false, Lang::Ja), QStringLiteral("第3報"));

        // PDF through the letters pipeline, and a self-contained web page.
        QString error;
        const QByteArray pdf = renderFilingPdf(ja, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        if (qEnvironmentVariableIsSet("BD_KEEP_NOTICE")) {
            QFile out(qEnvironmentVariable("BD_KEEP_NOTICE"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf);
        }
        const auto doc = loadPdf(pdf);
        QVERIFY(doc);
        QVERIFY(squeezed(pageText(*doc, 0)).contains(squeezed(QStringLiteral("1.本件の概要"))));
        // Each kind with its own certainty, in the legal terms (read back from the PDF).
        QVERIFY2(squeezed(pageText(*doc, 0))
                     .contains(squeezed(QStringLiteral(
                         "当社が取り扱う個人データの毀損が発生し、漏えいが発生したおそれがあることが判明"))),
                 qPrintable(pageText(*doc, 0)));
        const QString page = QString::fromUtf8(filingWebPage(ja));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"ja\">")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
        QVERIFY(page.contains(QStringLiteral("name=\"viewport\"")));
        QVERIFY(!page.contains(QStringLiteral("src=")));
        QVERIFY(!page.contains(QStringLiteral("<link")));
        QVERIFY(!page.contains(QStringLiteral("{{")));
    }

    void valuesPrintAsText()
    {
        IncidentDocumentData data = workedExample();
        const QString hostile = QStringLiteral("<b>太字</b> & {{incident.title}} <script>alert(1)</script>");
        for (Narrative& n : data.incident.narratives)
            if (n.section == NarrativeSection::Summary)
                n.textJa = hostile;
        const PpcReport report =
            buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        const FilingDraft ppc = draftPpcReport(report, data.incident, data.customItems);
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        for (const FilingDraft* d : {&ppc, &notice}) {
            QVERIFY(d->plainText.contains(hostile));
            QVERIFY(d->html.contains(QStringLiteral("&lt;script&gt;")));
            QVERIFY(!d->html.contains(QStringLiteral("<script>")));
            QVERIFY(!QString::fromUtf8(filingWebPage(*d)).contains(QStringLiteral("<script>")));
        }
    }

    void oneNoticePerConsignorClient()
    {
        const IncidentDocumentData data = workedExample();
        const QStringList clients = consignorClients(data.incident);
        QCOMPARE(clients, (QStringList{QStringLiteral("あおば損害保険株式会社"),
                                       QStringLiteral("しおさい損害保険株式会社")}));

        Recipient shiosai;
        shiosai.organisation = clients.at(1);
        shiosai.department = QStringLiteral("個人情報保護管理部");
        shiosai.address = QStringLiteral("東京都千代田区丸の内一丁目1番1号");
        const FilingDraft ja =
            draftConsignorNotice(data.incident, data.customItems, shiosai, Lang::Ja, QDate(2024, 8, 30));
        QVERIFY(ja.isValid());
        keep(ja, QStringLiteral("consignor"));
        QCOMPARE(ja.filingKey, QStringLiteral("consignor_notice:しおさい損害保険株式会社"));
        const QString text = squeezed(ja.plainText);
        QVERIFY(text.contains(squeezed(QStringLiteral("しおさい損害保険株式会社 個人情報保護管理部 御中"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("約1,800名"))));
        QVERIFY(
            !text.contains(squeezed(QStringLiteral("鑑定業務において委託される情報")))); // あおば's item only
        QCOMPARE(ja.facts().sets.size(), 1);
        QCOMPARE(*ja.facts().sets.first().people, 1800);

        Recipient aoba;
        aoba.organisation = clients.at(0);
        aoba.language = QStringLiteral("en");
        const FilingDraft en =
            draftConsignorNotice(data.incident, data.customItems, aoba, Lang::En, QDate(2024, 8, 30));
        QVERIFY(en.isValid());
        QVERIFY(en.plainText.contains(QStringLiteral("Information entrusted for appraisal work")));
        QVERIFY(!en.plainText.contains(QStringLiteral("1,800")));
    }

    void pmarkReport()
    {
        const IncidentDocumentData data = workedExample();
        const FilingDraft d =
            draftPmarkReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        QVERIFY(d.isValid());
        QCOMPARE(d.filingKey, QStringLiteral("pmark_final"));
        keep(d, QStringLiteral("pmark"));
        const QString text = squeezed(d.plainText);
        QVERIFY(text.contains(squeezed(QStringLiteral("個人情報の取扱いに関する事故等の報告書（確報）"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("発覚日：2024年8月29日"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("合計：調査中")))); // あおば's count is unknown
        QVERIFY(text.contains(
            squeezed(QStringLiteral("2024年10月7日15:00当社ウェブサイトにて本件を公表（第1報）。"))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("続報を提出")))); // after the report's date
    }

    void gdpr()
    {
        const IncidentDocumentData data = workedExample();
        const FilingDraft late = draftGdprArt33(data.incident, data.customItems, 1, jstAt(2024, 9, 3),
                                                QStringLiteral("EU data found late."));
        QVERIFY(late.isValid());
        keep(late, QStringLiteral("gdpr33"));
        for (const QString& part :
             {QStringLiteral("(a) Nature of the breach"), QStringLiteral("(b) Contact point"),
              QStringLiteral("(c) Likely consequences"), QStringLiteral("(d) Measures taken"),
              QStringLiteral("Phase 1 (initial notification)"), QStringLiteral("EU data found late."),
              QStringLiteral("Employees and former employees: 91 people")})
            QVERIFY2(late.plainText.contains(part), qPrintable(part));
        const FilingDraft onTime = draftGdprArt33(data.incident, data.customItems, 2, jstAt(2024, 8, 30));
        QVERIFY(!onTime.plainText.contains(QStringLiteral("after 72 hours")));
        QVERIFY(onTime.plainText.contains(QStringLiteral("Phase 2")));

        const FilingDraft ja = draftGdprArt34(data.incident, data.customItems, Lang::Ja, QDate(2024, 9, 5));
        QVERIFY(ja.plainText.contains(QStringLiteral("個人データ侵害に関するお知らせ")));
        const FilingDraft en = draftGdprArt34(data.incident, data.customItems, Lang::En, QDate(2024, 9, 5));
        QVERIFY(en.plainText.contains(QStringLiteral("What this could mean for you")));
    }
};

QTEST_MAIN(TestFilingKinds)
#include "tst_filingkinds.moc"
