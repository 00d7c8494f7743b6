// The Privacy Mark accident report and the GDPR Art. 33 / 34 filings (domain.md §2, §6, §10.5).
#include "deadlines.h"
#include "filings.h"
#include "rules.h"

#include <QCoreApplication>

namespace bd {

namespace {

QList<RequiredFiling> pmarkFilings(const Incident& incident, const FilingInputs& in)
{
    if (in.pm1.state == RuleState::DoesNotFire)
        return {};
    const QDate knownOn = japaneseDate(incident.knownAt);
    const QString body =
        incident.pmarkBody.isEmpty()
            ? QCoreApplication::translate("bd::Obligations", "the body that granted the mark")
            : incident.pmarkBody;
    QList<RuleState> states;
    for (const RuleResult& c : in.pmarkCategories)
        states.append(c.state);
    const RuleState categories = strongestState(states);

    RequiredFiling base;
    base.ruleId = QLatin1String(RuleId::Pm1);
    base.audience = QCoreApplication::translate("bd::Obligations", "Privacy Mark review body: %1").arg(body);
    base.legalBasis = QStringLiteral("PMK500");
    base.provisional = !in.pm1.fires();

    QList<RequiredFiling> filings;
    if (categories != RuleState::DoesNotFire) {
        RequiredFiling prelim = base;
        prelim.key = QLatin1String(FilingKey::PmarkPreliminary);
        prelim.provisional = prelim.provisional || categories != RuleState::Fires;
        const QString numbers = triggerNumbers(in.pmarkCategories, categories);
        QStringList why{
            QCoreApplication::translate("bd::Obligations", "APPI-type categories: %1.").arg(numbers)};
        if (knownOn.isValid()) {
            const DateWindow w = preliminaryWindow(knownOn);
            setWindow(prelim, w.from, w.to);
            why.append(
                QCoreApplication::translate("bd::Obligations", "About 3–5 days from 発覚日 %1: %2 – %3.")
                    .arg(knownOn.toString(Qt::ISODate), w.from.toString(Qt::ISODate),
                         w.to.toString(Qt::ISODate)));
        } else {
            why.append(QCoreApplication::translate(
                "bd::Obligations", "Record when the organisation learned of the breach (知った日)."));
        }
        prelim.reason = joinSentences(why);
        filings.append(prelim);
    }

    RequiredFiling finalReport = base;
    finalReport.key = QLatin1String(FilingKey::PmarkFinal);
    const RuleResult t3 = in.pmarkCategories.value(2);
    const int days = finalReportDays(t3);
    QStringList why{
        t3.fires()
            ? QCoreApplication::translate("bd::Obligations",
                                          "60 days from 発覚日: an unlawful purpose is suspected "
                                          "(%1).")
                  .arg(trigger3Basis(incident, t3))
            : QCoreApplication::translate("bd::Obligations", "30 days from 発覚日, for every incident.")};
    if (knownOn.isValid()) {
        const QDate due = lastDayOfPeriod(knownOn, days);
        setDate(finalReport, due);
        why.append(QCoreApplication::translate(
                       "bd::Obligations", "Day %1, counting 発覚日 %2 as day 1, is %3; no roll-forward, as "
                                          "the review body's counting may differ.")
                       .arg(QString::number(days), knownOn.toString(Qt::ISODate), due.toString(Qt::ISODate)));
    } else {
        why.append(QCoreApplication::translate(
            "bd::Obligations", "Record when the organisation learned of the breach (知った日)."));
    }
    finalReport.reason = joinSentences(why);
    filings.append(finalReport);
    return filings;
}

QList<RequiredFiling> gdprFilings(const Incident& incident, const FilingInputs& in)
{
    QList<RequiredFiling> filings;
    if (in.eu1.state != RuleState::DoesNotFire) {
        RequiredFiling f;
        f.key = QLatin1String(FilingKey::GdprArt33);
        f.ruleId = QLatin1String(RuleId::Eu1);
        f.audience =
            in.eu3.fires()
                ? QCoreApplication::translate("bd::Obligations",
                                              "Every supervisory authority where affected people live")
                : QCoreApplication::translate("bd::Obligations", "The competent supervisory authority");
        f.legalBasis = QStringLiteral("GDPR Art. 33");
        f.provisional = !in.eu1.fires();
        if (incident.knownAt.isValid()) {
            setDateTime(f, gdprArt33Deadline(incident.knownAt));
            f.reason = QCoreApplication::translate(
                           "bd::Obligations", "72 hours from awareness at %1, a continuous clock with no "
                                              "roll-forward (Art. 33(1)); give reasons if later.")
                           .arg(isoWithOffset(incident.knownAt));
        } else {
            f.reason = QCoreApplication::translate(
                "bd::Obligations", "Record when the organisation became aware of the breach.");
        }
        if (f.provisional)
            f.reason = joinSentences({in.eu1.reasonText(), f.reason});
        filings.append(f);
    }
    if (in.eu2.state != RuleState::DoesNotFire) {
        RequiredFiling f;
        f.key = QLatin1String(FilingKey::GdprArt34);
        f.ruleId = QLatin1String(RuleId::Eu2);
        f.audience = QCoreApplication::translate("bd::Obligations", "The data subjects");
        f.legalBasis = QStringLiteral("GDPR Art. 34");
        f.provisional = !in.eu2.fires();
        f.dueKind = DueKind::Promptly;
        f.reason = joinSentences(
            {QCoreApplication::translate("bd::Obligations", "Without undue delay."), in.eu2.reasonText()});
        filings.append(f);
    }
    return filings;
}

} // namespace

QList<RequiredFiling> otherFilings(const Incident& incident, const FilingInputs& in)
{
    return pmarkFilings(incident, in) + gdprFilings(incident, in);
}

} // namespace bd
