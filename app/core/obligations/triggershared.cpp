#include "triggershared.h"

#include <QCoreApplication>
#include <QLocale>

namespace bd::detail {

RuleResult trigger(const char* id, const char* source, const QString& requirement)
{
    RuleResult r;
    r.id = QLatin1String(id);
    r.source = QString::fromUtf8(source);
    r.tag = QStringLiteral("R");
    r.requirement = requirement;
    return r;
}

bool settledBeforeItems(const Incident& incident, const RuleContext& context, RuleResult& r, bool needsData)
{
    if (incident.dataSets.isEmpty()) {
        if (!needsData)
            return false;
        r.state = RuleState::CannotDecide;
        r.reasons.append(
            context.reason(incident, QStringLiteral("no_data_sets"), -1,
                           QCoreApplication::translate(
                               "bd::Obligations",
                               "Record the data sets affected: people group, items and number of people.")));
        return true;
    }
    if (context.scope.isEmpty()) {
        r.state = RuleState::DoesNotFire;
        r.reasons.append(context.reason(
            incident, QStringLiteral("all_data_notified"), -1,
            QCoreApplication::translate(
                "bd::Obligations", "Every data set is held for a consignor that received the 規則9条 notice: "
                                   "none counts for our own report (JP-P).")));
        return true;
    }
    // The encryption exclusion, data set by data set.
    const QList<int> counted = context.counted(incident);
    for (int idx : context.scope)
        if (!counted.contains(idx))
            r.reasons.append(context.reason(
                incident, QStringLiteral("encryption_exclusion"), idx,
                QCoreApplication::translate("bd::Obligations",
                                            "%1 is protected by advanced encryption and the key is not known "
                                            "to have leaked: excluded from all four triggers (規則7条1号).")
                    .arg(context.dataSetName(incident, idx))));
    if (counted.isEmpty()) {
        r.state = RuleState::DoesNotFire;
        return true;
    }
    return false;
}

QString formatCount(int n, bool about)
{
    const QString number = QLocale().toString(n);
    return about ? QCoreApplication::translate("bd::Obligations", "about %1").arg(number) : number;
}

} // namespace bd::detail
