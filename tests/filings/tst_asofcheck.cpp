// Every document speaks as of its own date (asofcheck.h): the demo incident's 速報 of 2024-09-02 drafted from
// today's narratives tells of the 確報 of 10/18 and the 続報 of 11/1, and cannot be issued; worded as of its
// day, or dated after every event, it can. A plan or deadline is a warning, an "as of" an earlier day offers
// 「本日時点において」, and an "as of" the document's own day is written so.
#include "asofcheck.h"
#include "filingfixtures.h"
#include "issueddocument.h"
#include "noticecontexts.h"

using namespace bd;
using namespace bd::test;

namespace {

const QDate preliminaryDay(2024, 9, 2); // the demo's 速報 (domain.md §5 worked example)
const QDate lastEventDay(2024, 11, 1);  // its 続報, the last timeline event

QList<ConsistencyWarning> ofKind(const QList<ConsistencyWarning>& all, ConsistencyWarning::Kind kind)
{
    QList<ConsistencyWarning> out;
    for (const ConsistencyWarning& w : all)
        if (w.kind == kind)
            out.append(w);
    return out;
}

QList<ConsistencyWarning> errorsIn(const QList<ConsistencyWarning>& all)
{
    QList<ConsistencyWarning> out;
    for (const ConsistencyWarning& w : all)
        if (w.severity == ConsistencyWarning::Severity::Error)
            out.append(w);
    return out;
}

FilingDraft preliminaryReport(const Incident& incident, const QDate& date)
{
    return draftPpcReport(buildPpcReport(incident, {}, ReportStage::Preliminary, date), incident, {});
}

void setNarrative(Incident& incident, NarrativeSection section, const QString& ja)
{
    for (Narrative& n : incident.narratives)
        if (n.section == section)
            n.textJa = ja;
}

} // namespace

class TestAsOfCheck : public QObject
{
    Q_OBJECT

private slots:
    void preliminaryReportTellingOfLaterFilingsIsBlocked()
    {
        const IncidentDocumentData data = workedExample();
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        QVERIFY(draft.isValid());
        const QList<ConsistencyWarning> all = ConsistencyChecker::check(draft, data.incident, {});
        const QList<ConsistencyWarning> later = ofKind(all, ConsistencyWarning::Kind::LaterDate);
        QStringList messages;
        for (const ConsistencyWarning& w : later) {
            QCOMPARE(w.severity, ConsistencyWarning::Severity::Error);
            messages << w.message;
        }
        const QString text = messages.join(QLatin1Char('\n'));
        // The narrative "other" names the 確報 and the 続報; "publication" the notice of 10/7.
        QVERIFY2(text.contains(QStringLiteral("10月18日 (2024-10-18)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("11月1日 (2024-11-01)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2024年10月7日 (2024-10-07)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("after this document's date 2024-09-02")), qPrintable(text));
        // The police were consulted on 9/3: the narrative copies the timeline event.
        const QList<ConsistencyWarning> events = ofKind(all, ConsistencyWarning::Kind::LaterEvent);
        QVERIFY(!events.isEmpty());
        QVERIFY(events.first().message.contains(QStringLiteral("2024-09-03")));

        IssuedDocument doc;
        QString message;
        QVERIFY(!freezeDraft(draft, data.incident, {}, &doc, &message));
        QVERIFY2(message.contains(QStringLiteral("after this document's date 2024-09-02")),
                 qPrintable(message));
        QVERIFY(doc.pdf.isEmpty());
    }

    void generatedTimelineStopsAtTheDocumentsDate()
    {
        const IncidentDocumentData data = workedExample();
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        // The 事実経過 lists the events up to 9/2 (the 速報 itself at 17:00) and none after.
        QVERIFY(draft.plainText.contains(QStringLiteral("2024年9月2日 17:00")));
        QVERIFY(!draft.plainText.contains(QStringLiteral("2024年9月3日 14:00")));
        QVERIFY(!draft.plainText.contains(QStringLiteral("2024年10月18日 0:00")));
    }

    void preliminaryReportWordedAsOfItsDayCanBeIssued()
    {
        IncidentDocumentData data = workedExample();
        narrativesAsOf(data.incident, preliminaryDay);
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        const QList<ConsistencyWarning> errors =
            errorsIn(ConsistencyChecker::check(draft, data.incident, {}));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        IssuedDocument doc;
        QString message;
        QVERIFY2(freezeDraft(draft, data.incident, {}, &doc, &message), qPrintable(message));
    }

    void sameReportDatedAfterEveryEventHasNoFinding()
    {
        const IncidentDocumentData data = workedExample();
        const FilingDraft draft = preliminaryReport(data.incident, lastEventDay);
        const QList<ConsistencyWarning> all = ConsistencyChecker::check(draft, data.incident, {});
        QVERIFY(ofKind(all, ConsistencyWarning::Kind::LaterDate).isEmpty());
        QVERIFY(ofKind(all, ConsistencyWarning::Kind::LaterEvent).isEmpty());
        QVERIFY(ofKind(all, ConsistencyWarning::Kind::AsOfDate).isEmpty());
        // 「2024年11月1日現在」 of the report's own day reads 「本日時点において」.
        QVERIFY(draft.plainText.contains(QStringLiteral("本日時点において、本件に係る個人情報")));
        QVERIFY(!draft.plainText.contains(QStringLiteral("2024年11月1日現在")));
        IssuedDocument doc;
        QString message;
        QVERIFY2(freezeDraft(draft, data.incident, {}, &doc, &message), qPrintable(message));
    }

    void everyFormOfALaterDateIsFound_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("written");
        QTest::newRow("iso") << "確報は2024-10-18に提出した。"
                             << "2024-10-18";
        QTest::newRow("seireki") << "2024年10月18日に確報を提出した。"
                                 << "2024年10月18日";
        QTest::newRow("reiwa") << "令和6年10月18日に確報を提出した。"
                               << "令和6年10月18日";
        QTest::newRow("full-width") << "2024年9月2日に速報を、１０月１８日に確報を提出した。"
                                    << "１０月１８日";
        QTest::newRow("kanji") << "2024年9月2日に速報を、十月十八日に確報を提出した。"
                               << "十月十八日";
        QTest::newRow("month/day") << "2024年9月2日に速報を、10/18に確報を提出した。"
                                   << "10/18";
        QTest::newRow("weekday") << "2024年9月2日に速報を、10月18日（金）に確報を提出した。"
                                 << "10月18日（金）";
        QTest::newRow("english") << "The final report was filed on 18 October 2024."
                                 << "18 October 2024";
    }
    void everyFormOfALaterDateIsFound()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, written);
        IncidentDocumentData data = workedExample();
        narrativesAsOf(data.incident, preliminaryDay);
        setNarrative(data.incident, NarrativeSection::Other, sentence);
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        const QList<ConsistencyWarning> errors =
            errorsIn(ConsistencyChecker::check(draft, data.incident, {}));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(written + QStringLiteral(" (2024-10-18)")),
                 qPrintable(errors.first().message));
    }

    void dayWithoutAYearInTheTextIsAWarning()
    {
        // Nothing gives 12月29日 a year: a yearly day (年末年始) as often as a day of the incident.
        IncidentDocumentData data = workedExample();
        narrativesAsOf(data.incident, preliminaryDay);
        setNarrative(data.incident, NarrativeSection::Other,
                     QStringLiteral("年末年始（12月29日～1月3日）は休業いたします。"));
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        const QList<ConsistencyWarning> later =
            ofKind(ConsistencyChecker::check(draft, data.incident, {}), ConsistencyWarning::Kind::LaterDate);
        QCOMPARE(later.size(), 2); // 12月29日 and 1月3日
        for (const ConsistencyWarning& w : later)
            QCOMPARE(w.severity, ConsistencyWarning::Severity::Warning);
        QVERIFY(
            later.first().message.contains(QStringLiteral("12月29日 without a year, read as 2024-12-29")));
        IssuedDocument doc;
        QString message;
        QVERIFY2(freezeDraft(draft, data.incident, {}, &doc, &message), qPrintable(message));
    }

    void planOrDeadlineIsAWarning()
    {
        IncidentDocumentData data = workedExample();
        narrativesAsOf(data.incident, preliminaryDay);
        setNarrative(data.incident, NarrativeSection::Other,
                     QStringLiteral("確報は2024年10月28日までに提出する予定です。"));
        const FilingDraft draft = preliminaryReport(data.incident, preliminaryDay);
        const QList<ConsistencyWarning> later =
            ofKind(ConsistencyChecker::check(draft, data.incident, {}), ConsistencyWarning::Kind::LaterDate);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().severity, ConsistencyWarning::Severity::Warning);
        QVERIFY(later.first().message.contains(QStringLiteral("plan or deadline")));
        // Past tense is no plan, whatever else the sentence says.
        setNarrative(data.incident, NarrativeSection::Other,
                     QStringLiteral("外部の専門会社によるフォレンジック調査は2024年10月28日に完了した。"));
        const FilingDraft past = preliminaryReport(data.incident, preliminaryDay);
        QCOMPARE(errorsIn(ConsistencyChecker::check(past, data.incident, {})).size(), 1);
        IssuedDocument doc;
        QString message;
        QVERIFY2(freezeDraft(draft, data.incident, {}, &doc, &message), qPrintable(message));
    }

    void asOfAnEarlierDayOffersTodaysWording()
    {
        const IncidentDocumentData data = workedExample();
        PublicNoticeOptions o;
        o.date = QDate(2024, 12, 25);
        o.edition = 2;
        o.previousEditionDate = QDate(2024, 10, 7);
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        QVERIFY(notice.plainText.contains(QStringLiteral("2024年11月1日現在")));
        const QList<ConsistencyWarning> asOf =
            ofKind(ConsistencyChecker::check(notice, data.incident, {}), ConsistencyWarning::Kind::AsOfDate);
        QCOMPARE(asOf.size(), 1);
        QCOMPARE(asOf.first().severity, ConsistencyWarning::Severity::Warning);
        QVERIFY(asOf.first().message.contains(QStringLiteral("2024年11月1日現在")));
        QVERIFY(asOf.first().message.contains(QStringLiteral("本日時点において")));
    }

    void englishNoticeOfTheSameDaySaysAsOfItsDate()
    {
        const IncidentDocumentData data = workedExample();
        PublicNoticeOptions o;
        o.lang = Lang::En;
        o.date = lastEventDay;
        const FilingDraft notice = draftPublicNotice(data.incident, data.customItems, o);
        QVERIFY2(
            notice.plainText.contains(QStringLiteral("As of the date of this document no secondary harm")),
            qPrintable(notice.plainText));
        const QList<ConsistencyWarning> errors =
            errorsIn(ConsistencyChecker::check(notice, data.incident, {}));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    }
};

QTEST_MAIN(TestAsOfCheck)
#include "tst_asofcheck.moc"
