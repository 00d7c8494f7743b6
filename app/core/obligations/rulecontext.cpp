#include "rulecontext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace bd {

RuleContext RuleContext::ownReport(const Incident& incident, Lang labelLang,
                                   const QList<DataItem>& customItems)
{
    RuleContext c;
    c.labelLang = labelLang;
    c.customItems = customItems;
    for (int i = 0; i < incident.dataSets.size(); ++i)
        if (!processorNotified(incident.dataSets[i]))
            c.scope.append(i);
    return c;
}

RuleContext RuleContext::allData(const Incident& incident, Lang labelLang, const QList<DataItem>& customItems)
{
    RuleContext c;
    c.labelLang = labelLang;
    c.customItems = customItems;
    for (int i = 0; i < incident.dataSets.size(); ++i)
        c.scope.append(i);
    return c;
}

QList<int> RuleContext::counted(const Incident& incident) const
{
    QList<int> sets;
    for (int i : scope)
        if (i >= 0 && i < incident.dataSets.size() &&
            !(encryptionExcludes && encryptionProtects(incident.dataSets[i])))
            sets.append(i);
    return sets;
}

const DataItem* RuleContext::item(const QString& key) const
{
    for (const DataItem& i : customItems)
        if (i.key == key)
            return &i;
    return findBuiltinDataItem(key);
}

QString RuleContext::groupLabel(const Incident& incident, int dataSet) const
{
    if (dataSet < 0 || dataSet >= incident.dataSets.size())
        return {};
    const DataSet& ds = incident.dataSets[dataSet];
    if (const GroupInfo* g = findBuiltinGroup(ds.groupKey))
        return labelLang == Lang::Ja ? g->labelJa : g->labelEn;
    const QString& own = labelLang == Lang::Ja ? ds.groupLabelJa : ds.groupLabelEn;
    const QString& other = labelLang == Lang::Ja ? ds.groupLabelEn : ds.groupLabelJa;
    return !own.isEmpty() ? own : !other.isEmpty() ? other : ds.groupKey;
}

QString RuleContext::dataSetName(const Incident& incident, int dataSet) const
{
    return QCoreApplication::translate("bd::Obligations", "%1 (data set %2)")
        .arg(groupLabel(incident, dataSet))
        .arg(dataSet + 1);
}

QString RuleContext::itemLabel(const QString& key) const
{
    const DataItem* i = item(key);
    if (!i)
        return key;
    return labelLang == Lang::Ja ? i->labelJa : i->labelEn;
}

Reason RuleContext::reason(const Incident& incident, const QString& code, int dataSet, const QString& text,
                           const QString& itemKey) const
{
    Reason r;
    r.code = code;
    r.dataSet = dataSet;
    if (dataSet >= 0 && dataSet < incident.dataSets.size()) {
        r.groupKey = incident.dataSets[dataSet].groupKey;
        r.groupLabel = groupLabel(incident, dataSet);
    }
    if (!itemKey.isEmpty()) {
        r.itemKey = itemKey;
        r.itemLabel = itemLabel(itemKey);
    }
    r.text = text;
    return r;
}

Lang labelLanguage()
{
    return QLocale().language() == QLocale::Japanese ? Lang::Ja : Lang::En;
}

bool encryptionProtects(const DataSet& dataSet)
{
    return dataSet.encrypted && !dataSet.keyMayHaveLeaked;
}

bool encryptionProtectsAll(const Incident& incident)
{
    return !incident.dataSets.isEmpty() &&
           std::all_of(incident.dataSets.cbegin(), incident.dataSets.cend(),
                       [](const DataSet& ds) { return encryptionProtects(ds); });
}

bool processorNotified(const DataSet& dataSet)
{
    return dataSet.holder == Holder::Consignor && dataSet.consignorNotifiedOn.isValid();
}

QString causeText(CauseKind cause)
{
    switch (cause) {
    case CauseKind::Unknown:
        return QCoreApplication::translate("bd::Obligations", "unknown cause");
    case CauseKind::UnauthorisedAccess:
        return QCoreApplication::translate("bd::Obligations", "unauthorised access");
    case CauseKind::Ransomware:
        return QCoreApplication::translate("bd::Obligations", "ransomware");
    case CauseKind::Misdelivery:
        return QCoreApplication::translate("bd::Obligations", "misdelivery");
    case CauseKind::LossOrTheft:
        return QCoreApplication::translate("bd::Obligations", "loss or theft");
    case CauseKind::Insider:
        return QCoreApplication::translate("bd::Obligations", "act by an insider");
    case CauseKind::Other:
        return QCoreApplication::translate("bd::Obligations", "other cause");
    }
    return {};
}

} // namespace bd
