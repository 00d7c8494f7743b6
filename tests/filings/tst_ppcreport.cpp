// The PPC 漏えい等報告: the worked example of domain.md §5 as a 確報 whose nine items carry the right facts,
// read back from the PDF made through the letters pipeline; a 速報 marks what is unknown as 調査中; per-item
// plain text and character counts.
#include "filingfixtures.h"
#include "noticecontexts.h"
#include "obligationreport.h"
#include "ppcreport.h"

using namespace bd;
using namespace bd::test;

class TestPpcReport : public QObject
{
    Q_OBJECT

private:
    PpcReport finalReport()
    {
        const IncidentDocumentData data = workedExample();
        const ObligationReport obligations =
            evaluate(data.incident, workedExampleDecisions(), {}, jstAt(2024, 10, 18), data.customItems);
        return buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18),
                              &obligations);
    }

private slots:
    void nineItemsInFormOrder()
    {
        const PpcReport r = finalReport();
        QCOMPARE(r.items.size(), 9);
        const QStringList keys = ppcItemKeys();
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(r.items.at(i).number, i + 1);
            QCOMPARE(r.items.at(i).key, keys.at(i));
            QCOMPARE(r.items.at(i).title, ppcItemTitle(i + 1));
        }
        QCOMPARE(r.items.at(0).title, QStringLiteral("概要"));
        QCOMPARE(r.items.at(8).title, QStringLiteral("その他参考となる事項"));
        QCOMPARE(r.reporter, QStringLiteral("みなと損害鑑定株式会社"));
    }

    void workedExampleFacts()
    {
        const PpcReport r = finalReport();
        const QString summary = r.item(1)->text;
        QVERIFY(summary.contains(QStringLiteral("発覚日：2024年8月29日")));
        QVERIFY(summary.contains(QStringLiteral("発生日：2024年8月27日～8月29日")));
        // Each kind with its own certainty: the ransomware encrypted the files (毀損 happened), the extortion
        // note makes a 漏えい possible.
        QVERIFY2(summary.contains(
                     QStringLiteral("発生事案：個人データの毀損が発生し、漏えいが発生したおそれがある事態")),
                 qPrintable(summary));
        // T1 (health-check results), T3 (ransomware), T4 (> 1,000 people); T2 settled as not applying.
        QVERIFY(summary.contains(QStringLiteral("第1号")));
        QVERIFY(summary.contains(QStringLiteral("第3号")));
        QVERIFY(summary.contains(QStringLiteral("第4号")));
        QVERIFY(!summary.contains(QStringLiteral("第2号")));
        // The consignors were notified under 規則9条: their data is outside our own report.
        QVERIFY(summary.contains(
            QStringLiteral("委託元あり（あおば損害保険株式会社、しおさい損害保険株式会社）")));
        QVERIFY(summary.contains(QStringLiteral("規則9条")));
        QVERIFY(summary.contains(QStringLiteral("ダークウェブ")));

        const QString items = r.item(2)->text;
        QVERIFY(items.contains(QStringLiteral("【従業員・元従業員】（当社が保有する個人データ）")));
        QVERIFY(items.contains(QStringLiteral("健康診断情報（要配慮個人情報）")));
        QVERIFY(items.contains(QStringLiteral("金融口座情報")));
        QVERIFY(items.contains(QStringLiteral("【採用候補者】")));
        QVERIFY(items.contains(QStringLiteral("【お取引先様担当者】")));
        QVERIFY(!items.contains(QStringLiteral("証券番号"))); // consignor data: 規則9条 route

        const QString people = r.item(3)->text;
        QVERIFY(people.startsWith(QStringLiteral("合計：約6,551名"))); // 91 + 60 + 約6,400
        QVERIFY(people.contains(QStringLiteral("・従業員・元従業員：91名")));
        QVERIFY(people.contains(QStringLiteral("・採用候補者：60名")));
        QVERIFY(people.contains(QStringLiteral("・お取引先様担当者：約6,400名")));
        QVERIFY(!r.item(3)->unknown);

        QVERIFY(r.item(4)->text.contains(QStringLiteral("原因の種類：ランサムウェアによる攻撃")));
        QVERIFY(r.item(4)->text.contains(QStringLiteral("ブルートフォース攻撃")));
        QVERIFY(r.item(5)->text.contains(QStringLiteral("二次被害は確認されておりません")));
        // JP-N substitute, for the business contacts only, with their reason.
        QVERIFY(r.item(6)->text.contains(QStringLiteral(
            "公表及び問合せ窓口の設置（お取引先様担当者（約6,400名）の一部は異動・退職により")));
        const QStringList lines = r.item(6)->text.split(QLatin1Char('\n'));
        const auto substitute = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
            return line.startsWith(QStringLiteral("本人への通知が困難な場合の代替措置"));
        });
        QVERIFY(substitute != lines.cend());
        QVERIFY2(!substitute->contains(QStringLiteral("従業員")) &&
                     !substitute->contains(QStringLiteral("採用候補者")),
                 qPrintable(*substitute));
        QVERIFY(r.item(7)->text.contains(QStringLiteral("2024年10月7日")));
        QVERIFY(r.item(8)->text.contains(QStringLiteral("多要素認証")));
        QVERIFY(r.item(9)->text.contains(QStringLiteral("サイバー犯罪相談窓口")));
        QVERIFY(r.unknownItems().isEmpty());
    }

    // The public-notice substitute (法26条2項ただし書) is offered only to the group whose people cannot be
    // reached: in the demo the business contacts, not the employees or the candidates.
    void substituteOnlyForTheUnreachableGroup()
    {
        const IncidentDocumentData data = workedExample();
        const ObligationReport obligations =
            evaluate(data.incident, workedExampleDecisions(), {}, jstAt(2024, 10, 18), data.customItems);
        const RequiredFiling* employees = obligations.filing(QStringLiteral("individual_notice:employees"));
        const RequiredFiling* candidates = obligations.filing(QStringLiteral("individual_notice:candidates"));
        const RequiredFiling* contacts =
            obligations.filing(QStringLiteral("individual_notice:business_contacts"));
        QVERIFY(employees && candidates && contacts);
        QVERIFY(!employees->substituteAllowed);
        QVERIFY(!employees->reason.contains(QStringLiteral("JP-N")));
        QVERIFY(!candidates->substituteAllowed);
        QVERIFY(contacts->substituteAllowed);
        QVERIFY(contacts->reason.contains(QStringLiteral("JP-N")));
    }

    void characterCounts()
    {
        const PpcReport r = finalReport();
        for (const ReportItem& item : r.items)
            QCOMPARE(item.characterCount(), int(item.text.toUcs4().size()));
        ReportItem outside;
        outside.text = QStringLiteral("𠮷野家\n");
        QCOMPARE(outside.characterCount(), 4); // a code point outside the BMP counts once
    }

    void preliminaryMarksUnknowns()
    {
        IncidentDocumentData data = workedExample();
        Incident& i = data.incident;
        i.occurredFrom = QDate();
        i.occurredTo = QDate();
        i.dataSets[4].people.reset(); // business contacts not counted yet
        for (Narrative& n : i.narratives)
            if (n.section == NarrativeSection::Prevention || n.section == NarrativeSection::Cause)
                n.textJa.clear();
        const PpcReport r = buildPpcReport(i, data.customItems, ReportStage::Preliminary, QDate(2024, 9, 2));
        QVERIFY(r.item(1)->text.contains(QStringLiteral("発生日：調査中")));
        QVERIFY(r.item(1)->unknown);
        QVERIFY(r.item(3)->unknown);
        QVERIFY(r.item(3)->text.contains(QStringLiteral("・お取引先様担当者：調査中")));
        QVERIFY(r.item(3)->text.startsWith(QStringLiteral("合計：調査中")));
        QVERIFY(r.item(4)->unknown);
        QVERIFY(r.item(4)->text.endsWith(QStringLiteral("調査中")));
        QCOMPARE(r.item(8)->text, QStringLiteral("調査中"));
        QCOMPARE(r.unknownItems(), (QList<int>{1, 3, 4, 8}));
    }

    void jsonRoundTrip()
    {
        const PpcReport r = finalReport();
        const std::optional<PpcReport> back = PpcReport::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->items, r.items);
        QCOMPARE(back->facts, r.facts);
        QCOMPARE(back->stage, ReportStage::Final);
    }

    void pdfCarriesTheItems()
    {
        const IncidentDocumentData data = workedExample();
        PpcReport r = finalReport();
        r.previousReport =
            previousReportText(ReportStage::Preliminary, QDate(2024, 9, 2), QStringLiteral("R6-0902"));
        QCOMPARE(r.previousReport, QStringLiteral("速報（2024年9月2日提出、受付番号 R6-0902）"));
        const FilingDraft draft = draftPpcReport(r, data.incident, data.customItems);
        QVERIFY2(draft.isValid(), qPrintable(draft.problems.value(0).message));
        QString error;
        const QByteArray pdf = renderFilingPdf(draft, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        if (qEnvironmentVariableIsSet("BD_KEEP_PDF")) {
            QFile out(qEnvironmentVariable("BD_KEEP_PDF"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf);
        }
        const auto doc = loadPdf(pdf);
        QVERIFY(doc);
        QString text;
        for (int p = 0; p < doc->numPages(); ++p)
            text += pageText(*doc, p);
        const QString all = squeezed(text);
        QVERIFY(all.contains(squeezed(QStringLiteral("個人データの漏えい等報告（確報）"))));
        // Every item's title in order, and the facts under them (whitespace-insensitive: lines wrap).
        qsizetype at = 0;
        for (const ReportItem& item : r.items) {
            const qsizetype found =
                all.indexOf(squeezed(QStringLiteral("（%1）%2").arg(item.number).arg(item.title)), at);
            QVERIFY2(found >= 0, qPrintable(item.title));
            at = found;
        }
        QVERIFY2(all.contains(
                     squeezed(QStringLiteral("個人データの毀損が発生し、漏えいが発生したおそれがある事態"))),
                 qPrintable(text));
        for (const QString& fact :
             {QStringLiteral("発覚日：2024年8月29日"), QStringLiteral("健康診断情報（要配慮個人情報）"),
              QStringLiteral("合計：約6,551名"), QStringLiteral("お取引先様担当者：約6,400名"),
              QStringLiteral("原因の種類：ランサムウェアによる攻撃"), QStringLiteral("第3号"),
              QStringLiteral("みなと損害鑑定株式会社"),
              QStringLiteral("前回の報告速報（2024年9月2日提出、受付番号R6-0902）")})
            QVERIFY2(all.contains(squeezed(fact)), qPrintable(fact));
    }
};

QTEST_MAIN(TestPpcReport)
#include "tst_ppcreport.moc"
