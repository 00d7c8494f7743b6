// 速報 → 確報, item by item: what changed since the issued 速報 (read back from its stored content).
#include "filingfixtures.h"
#include "noticecontexts.h"
#include "reportdiff.h"

#include <QJsonDocument>

using namespace bd;
using namespace bd::test;

class TestReportDiff : public QObject
{
    Q_OBJECT

private slots:
    void preliminaryToFinal()
    {
        const IncidentDocumentData data = workedExample();
        // At the 速報 the cause was not written up and the business contacts were not counted.
        Incident early = data.incident;
        early.dataSets[4].people.reset();
        for (Narrative& n : early.narratives)
            if (n.section == NarrativeSection::Cause)
                n.textJa.clear();
        const PpcReport preliminary =
            buildPpcReport(early, data.customItems, ReportStage::Preliminary, QDate(2024, 9, 2));
        // The issued 速報 is kept as JSON; the diff works from that.
        const QByteArray stored = QJsonDocument(preliminary.toJson()).toJson();
        const std::optional<PpcReport> issued = PpcReport::fromJson(QJsonDocument::fromJson(stored).object());
        QVERIFY(issued);

        const PpcReport final =
            buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        const QList<ItemChange> changes = diffReports(*issued, final);
        QCOMPARE(changes.size(), 9);
        QCOMPARE(changes.at(2).kind, ItemChange::Kind::Resolved); // 本人の数
        QVERIFY(changes.at(2).addedLines.contains(QStringLiteral("・お取引先様担当者：約6,400名")));
        QVERIFY(changes.at(2).removedLines.contains(QStringLiteral("・お取引先様担当者：調査中")));
        QCOMPARE(changes.at(3).kind, ItemChange::Kind::Resolved); // 原因
        QVERIFY(changes.at(3).removedLines.contains(QStringLiteral("調査中")));
        QCOMPARE(changes.at(1).kind, ItemChange::Kind::Unchanged); // 項目
        QCOMPARE(changes.at(4).kind, ItemChange::Kind::Unchanged); // 二次被害
        QCOMPARE(changes.at(8).kind, ItemChange::Kind::Unchanged); // その他
        // 概要: with the count known, trigger 4 is decided (one line replaced), and the timeline grew.
        QCOMPARE(changes.at(0).kind, ItemChange::Kind::Changed);
        QCOMPARE(changes.at(0).removedLines.size(), 1);
        QVERIFY(changes.at(0).removedLines.first().contains(QStringLiteral("第4号の該当性は調査中")));
        QVERIFY(changes.at(0).addedLines.first().contains(
            QStringLiteral("第4号（個人データに係る本人の数が千人を超える")));
        QVERIFY(changes.at(0).addedLines.contains(
            QStringLiteral("・2024年10月7日 15:00　当社ウェブサイトにて本件を公表（第1報）。")));

        const QList<ItemChange> changed = changedItems(changes);
        QList<int> numbers;
        for (const ItemChange& c : changed)
            numbers << c.number;
        QCOMPARE(numbers, (QList<int>{1, 3, 4}));
    }

    void identicalReportsHaveNoChanges()
    {
        const IncidentDocumentData data = workedExample();
        const PpcReport a =
            buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        QVERIFY(changedItems(diffReports(a, a)).isEmpty());
    }
};

QTEST_MAIN(TestReportDiff)
#include "tst_reportdiff.moc"
