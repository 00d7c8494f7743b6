// Consistency warnings before issuing: counts, dates, items and the contact desk against the incident record
// and against the documents issued before (the public notice said 約6,400名, the 確報 says 6,312名).
#include "consistencycheck.h"
#include "filingfixtures.h"
#include "noticecontexts.h"
#include "obligationreport.h"

using namespace bd;
using namespace bd::test;

class TestConsistencyCheck : public QObject
{
    Q_OBJECT

private:
    static IssuedDocument issuedFrom(const FilingDraft& draft, qint64 id)
    {
        IssuedDocument d;
        d.id = id;
        d.kind = draft.kind;
        d.edition = draft.edition;
        d.lang = draft.lang;
        d.documentDate = draft.date;
        d.content = draft.content;
        return d;
    }
    static QList<ConsistencyWarning> ofKind(const QList<ConsistencyWarning>& all,
                                            ConsistencyWarning::Kind kind)
    {
        QList<ConsistencyWarning> out;
        for (const ConsistencyWarning& w : all)
            if (w.kind == kind)
                out.append(w);
        return out;
    }

private slots:
    void consistentDraftHasNoWarnings()
    {
        IncidentDocumentData data = workedExample();
        narrativesAsOf(data.incident, QDate(2024, 10, 7));
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        const QList<ConsistencyWarning> w = ConsistencyChecker::check(notice, data.incident, {});
        QVERIFY2(w.isEmpty(), qPrintable(w.value(0).message));
    }

    void countChangedSinceThePublicNotice()
    {
        IncidentDocumentData data = workedExample();
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        const IssuedDocument issued = issuedFrom(notice, 41);

        // The business contacts were counted exactly afterwards.
        data.incident.dataSets[4].people = 6312;
        data.incident.dataSets[4].peopleEstimate = false;
        const PpcReport report =
            buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        const FilingDraft final = draftPpcReport(report, data.incident, data.customItems);
        const QList<ConsistencyWarning> counts = ofKind(
            ConsistencyChecker::check(final, data.incident, {issued}), ConsistencyWarning::Kind::Count);
        // Against the notice: the count itself.
        QList<ConsistencyWarning> againstNotice;
        for (const ConsistencyWarning& w : counts)
            if (w.documentId == 41)
                againstNotice.append(w);
        QCOMPARE(againstNotice.size(), 1);
        QVERIFY(againstNotice.first().message.contains(QStringLiteral("6,312名")));
        QVERIFY(againstNotice.first().message.contains(QStringLiteral("約6,400名")));
        // And the record's own text still says 約6,400名 (the reason for the substitute notice, in item 6).
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.last().documentId, qint64(0));
        QVERIFY(counts.last().message.contains(QStringLiteral("約6,400名")));
    }

    void staleCountInTheText()
    {
        IncidentDocumentData data = workedExample();
        data.incident.dataSets[4].people = 6312;
        data.incident.dataSets[4].peopleEstimate = false;
        for (Narrative& n : data.incident.narratives)
            if (n.section == NarrativeSection::Summary)
                n.textJa += QStringLiteral("\nお取引先様担当者約6,400名の個人データが含まれます。");
        PublicNoticeOptions o;
        o.date = QDate(2024, 10, 7);
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        const QList<ConsistencyWarning> counts =
            ofKind(ConsistencyChecker::check(notice, data.incident, {}), ConsistencyWarning::Kind::Count);
        QCOMPARE(counts.size(), 1);
        QVERIFY(counts.first().message.contains(QStringLiteral("約6,400名")));
        QCOMPARE(ConsistencyChecker::countsIn(QStringLiteral("合計：約6,551名、about 91 people")).size(), 2);
    }

    void itemsDatesAndDesk()
    {
        IncidentDocumentData data = workedExample();
        const PpcReport preliminary =
            buildPpcReport(data.incident, data.customItems, ReportStage::Preliminary, QDate(2024, 9, 2));
        const IssuedDocument issued =
            issuedFrom(draftPpcReport(preliminary, data.incident, data.customItems), 7);

        data.incident.dataSets[2].itemKeys.removeAll(QStringLiteral("bank_account"));
        data.incident.knownAt = data.incident.knownAt.addDays(4);
        data.incident.org.desk.phone = QStringLiteral("0120-999-999");
        for (Narrative& n : data.incident.narratives)
            if (n.section == NarrativeSection::Other)
                n.textJa += QStringLiteral("\n詳細は03-1234-5678までお問い合わせください。");
        const PpcReport final =
            buildPpcReport(data.incident, data.customItems, ReportStage::Final, QDate(2024, 10, 18));
        const QList<ConsistencyWarning> w = ConsistencyChecker::check(
            draftPpcReport(final, data.incident, data.customItems), data.incident, {issued});
        const QList<ConsistencyWarning> items = ofKind(w, ConsistencyWarning::Kind::Items);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().message.contains(QStringLiteral("金融口座情報")));
        QCOMPARE(ofKind(w, ConsistencyWarning::Kind::Date).size(), 1);
        const QList<ConsistencyWarning> desk = ofKind(w, ConsistencyWarning::Kind::ContactDesk);
        QCOMPARE(desk.size(), 2); // the earlier document's phone number, and the one in the text
        QVERIFY(desk.at(1).message.contains(QStringLiteral("03-1234-5678")));
    }

    void finalWithUnknownItems()
    {
        IncidentDocumentData data = workedExample();
        for (Narrative& n : data.incident.narratives)
            if (n.section == NarrativeSection::Prevention)
                n.textJa.clear();
        const ObligationReport obligations =
            evaluate(data.incident, workedExampleDecisions(), {}, jstAt(2024, 10, 18), data.customItems);
        const PpcReport final = buildPpcReport(data.incident, data.customItems, ReportStage::Final,
                                               QDate(2024, 10, 18), &obligations);
        const QList<ConsistencyWarning> w =
            ofKind(ConsistencyChecker::check(draftPpcReport(final, data.incident, data.customItems),
                                             data.incident, {}),
                   ConsistencyWarning::Kind::StillUnknown);
        QCOMPARE(w.size(), 1);
        QVERIFY(w.first().message.contains(QStringLiteral("再発防止")));
    }
};

QTEST_MAIN(TestConsistencyCheck)
#include "tst_consistencycheck.moc"
