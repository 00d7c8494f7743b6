// Notices: one 規則9条 notice per consignor client and one 本人通知 per people group (domain.md §1.4, §1.5,
// §10.3). A group's or client's notice is required when its data is part of the reportable situation:
// triggers 3 and 4 concern every data set, triggers 1 and 2 only the data sets holding the qualifying items.
#include "deadlines.h"
#include "filings.h"
#include "rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

namespace {

enum class Coverage
{
    Covered,
    Possibly,
    NotCovered
};

struct CoverageResult
{
    Coverage coverage = Coverage::NotCovered;
    QString covered, possible; // trigger numbers
};

CoverageResult coverageOf(const QList<int>& sets, const QList<RuleResult>& triggers)
{
    QStringList covered, possible;
    for (const RuleResult& t : triggers) {
        const bool concerns = t.dataSets.isEmpty() || std::any_of(sets.cbegin(), sets.cend(), [&](int i) {
                                  return t.dataSets.contains(i);
                              });
        if (!concerns)
            continue;
        if (t.fires())
            covered.append(t.id.right(1));
        else if (t.undecided())
            possible.append(t.id.right(1));
    }
    CoverageResult c;
    c.covered = covered.join(QStringLiteral(", "));
    c.possible = possible.join(QStringLiteral(", "));
    c.coverage = !covered.isEmpty()    ? Coverage::Covered
                 : !possible.isEmpty() ? Coverage::Possibly
                                       : Coverage::NotCovered;
    return c;
}

QString coverageText(const CoverageResult& c)
{
    switch (c.coverage) {
    case Coverage::Covered:
        return QCoreApplication::translate("bd::Obligations", "Triggers covering this data: %1.")
            .arg(c.covered);
    case Coverage::Possibly:
        return QCoreApplication::translate("bd::Obligations", "Triggers still open for this data: %1.")
            .arg(c.possible);
    case Coverage::NotCovered:
        return QCoreApplication::translate(
            "bd::Obligations", "Not required: this data is not part of the reportable situation (the "
                               "triggers concern other data sets); a notice is still allowed.");
    }
    return {};
}

// Data set indexes grouped by a key, in order of first appearance.
QList<std::pair<QString, QList<int>>> groupBy(const QList<int>& indexes, const auto& keyOf)
{
    QList<std::pair<QString, QList<int>>> groups;
    for (int i : indexes) {
        const QString key = keyOf(i);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
        if (it == groups.end())
            groups.append({key, {i}});
        else
            it->second.append(i);
    }
    return groups;
}

QList<RequiredFiling> consignorNotices(const Incident& incident, const FilingInputs& in)
{
    if (in.allR.state == RuleState::DoesNotFire)
        return {};
    QList<int> consignorSets;
    for (int i = 0; i < incident.dataSets.size(); ++i)
        if (incident.dataSets[i].holder == Holder::Consignor)
            consignorSets.append(i);
    const QDate knownOn = japaneseDate(incident.knownAt);
    QList<RequiredFiling> notices;
    for (const auto& [client, sets] :
         groupBy(consignorSets, [&](int i) { return incident.dataSets[i].consignorName; })) {
        const CoverageResult c = coverageOf(sets, in.allTriggers);
        RequiredFiling f;
        f.key = QLatin1String(FilingKey::ConsignorNoticePrefix) + client;
        f.ruleId = QLatin1String(RuleId::JpP);
        f.audience =
            QCoreApplication::translate("bd::Obligations", "Consignor client: %1")
                .arg(client.isEmpty() ? QCoreApplication::translate("bd::Obligations", "(name not recorded)")
                                      : client);
        f.legalBasis = QStringLiteral("法26条1項ただし書, 規則9条");
        f.required = c.coverage != Coverage::NotCovered;
        f.provisional = f.required && (c.coverage == Coverage::Possibly || !in.allR.fires());
        QStringList why{
            QCoreApplication::translate("bd::Obligations",
                                        "Notify the consignor promptly with the 規則8条1項 items known "
                                        "so far (規則9条); its own clock starts when it receives the "
                                        "notice."),
            coverageText(c)};
        if (knownOn.isValid()) {
            const DateWindow w = preliminaryWindow(knownOn);
            setWindow(f, w.from, w.to);
            why.append(QCoreApplication::translate(
                           "bd::Obligations", "Suggested target %1 – %2, as for a preliminary report (GL "
                                              "3-5-3-5).")
                           .arg(w.from.toString(Qt::ISODate), w.to.toString(Qt::ISODate)));
        } else {
            f.dueKind = DueKind::Promptly;
        }
        QDate done;
        bool allNotified = true;
        for (int i : sets) {
            const QDate on = incident.dataSets[i].consignorNotifiedOn;
            allNotified = allNotified && on.isValid();
            done = qMax(done, on);
        }
        if (allNotified) {
            f.doneOn = done;
            why.append(QCoreApplication::translate("bd::Obligations", "Notified on %1.")
                           .arg(done.toString(Qt::ISODate)));
        }
        if (client.isEmpty())
            why.append(QCoreApplication::translate("bd::Obligations", "Record the consignor client's name."));
        f.reason = joinSentences(why);
        notices.append(f);
    }
    return notices;
}

QList<RequiredFiling> individualNotices(const Incident& incident, const FilingInputs& in)
{
    if (in.jpR.state == RuleState::DoesNotFire)
        return {};
    QList<RequiredFiling> notices;
    for (const auto& [group, sets] :
         groupBy(in.own.scope, [&](int i) { return incident.dataSets[i].groupKey; })) {
        const CoverageResult c = coverageOf(sets, in.ownTriggers);
        RequiredFiling f;
        f.key = QLatin1String(FilingKey::IndividualNoticePrefix) + group;
        f.ruleId = QLatin1String(RuleId::JpR);
        f.audience = QCoreApplication::translate("bd::Obligations", "Individuals: %1")
                         .arg(in.own.groupLabel(incident, sets.first()));
        f.legalBasis = QStringLiteral("法26条2項, 規則10条");
        f.dueKind = DueKind::Promptly;
        f.required = c.coverage != Coverage::NotCovered;
        f.provisional = f.required && (c.coverage == Coverage::Possibly || !in.jpR.fires());
        QStringList why{
            QCoreApplication::translate("bd::Obligations",
                                        "Promptly, as circumstances allow (規則10条): no fixed number of "
                                        "days; record the reason for the timing."),
            coverageText(c)};
        // Only the groups whose people cannot be reached (JP-N names their data sets).
        if (in.jpN.fires() &&
            std::any_of(sets.cbegin(), sets.cend(), [&](int i) { return in.jpN.dataSets.contains(i); })) {
            f.substituteAllowed = true;
            why.append(QCoreApplication::translate(
                "bd::Obligations", "Contacts cannot be reached: a public notice and an inquiry "
                                   "desk may replace the notice (JP-N); record why."));
        }
        f.reason = joinSentences(why);
        notices.append(f);
    }
    return notices;
}

} // namespace

QList<RequiredFiling> noticeFilings(const Incident& incident, const FilingInputs& in)
{
    return consignorNotices(incident, in) + individualNotices(incident, in);
}

} // namespace bd
