// The PPC 速報 and 確報 (法26条1項, 規則8条; domain.md §1.3, §3, §10.4).
#include "deadlines.h"
#include "filings.h"
#include "rules.h"

#include <QCoreApplication>

namespace bd {

void setWindow(RequiredFiling& filing, const QDate& from, const QDate& to)
{
    filing.dueKind = DueKind::Window;
    filing.from = from;
    filing.to = to;
    filing.dueAt = {};
    filing.deadline = endOfJapaneseDay(to);
}

void setDate(RequiredFiling& filing, const QDate& due)
{
    filing.dueKind = DueKind::Date;
    filing.from = due;
    filing.to = due;
    filing.dueAt = {};
    filing.deadline = endOfJapaneseDay(due);
}

void setDateTime(RequiredFiling& filing, const QDateTime& due)
{
    filing.dueKind = DueKind::DateTime;
    filing.from = {};
    filing.to = {};
    filing.dueAt = due;
    filing.deadline = due;
}

QString joinSentences(const QStringList& sentences)
{
    QStringList parts;
    for (const QString& s : sentences)
        if (!s.isEmpty())
            parts.append(s);
    return parts.join(QLatin1Char(' '));
}

namespace {
QString missingKnownAt()
{
    return QCoreApplication::translate("bd::Obligations",
                                       "Record when the organisation learned of the breach (知った日).");
}

QString ppcAudience()
{
    return QCoreApplication::translate(
        "bd::Obligations", "Personal Information Protection Commission (PPC), or the delegated minister");
}
} // namespace

QList<RequiredFiling> ppcFilings(const Incident& incident, const FilingInputs& in)
{
    if (in.jpR.state == RuleState::DoesNotFire)
        return {};
    const bool provisional = !in.jpR.fires();
    const QDate knownOn = japaneseDate(incident.knownAt);

    RequiredFiling prelim;
    prelim.key = QLatin1String(FilingKey::PpcPreliminary);
    prelim.ruleId = QLatin1String(RuleId::JpD1);
    prelim.audience = ppcAudience();
    prelim.legalBasis = QStringLiteral("法26条1項, 規則7条, 規則8条1項");
    prelim.provisional = provisional;

    RequiredFiling finalReport = prelim;
    finalReport.key = QLatin1String(FilingKey::PpcFinal);
    finalReport.ruleId = QLatin1String(RuleId::JpD2);
    finalReport.legalBasis = QStringLiteral("規則8条2項");

    if (!knownOn.isValid()) {
        prelim.reason = finalReport.reason = joinSentences({in.jpR.reasonText(), missingKnownAt()});
        return {prelim, finalReport};
    }
    const DateWindow w = preliminaryWindow(knownOn);
    setWindow(prelim, w.from, w.to);
    prelim.reason = joinSentences({in.jpR.reasonText(), in.jpD1.reasonText()});

    const FinalDeadline d = finalReportDeadline(knownOn, finalReportDays(in.ownTriggers.value(2)));
    setDate(finalReport, d.due);
    finalReport.reason = in.jpD2.reasonText();
    return {prelim, finalReport};
}

} // namespace bd
