#include "labels.h"

#include "localization.h"

namespace bd {

bool Labels::interfaceIsJapanese()
{
    return Localization::currentLanguage() == QLatin1String("ja");
}

QString Labels::cause(const QString& key)
{
    if (key == QLatin1String("unauthorised_access"))
        return tr("Unauthorised access");
    if (key == QLatin1String("ransomware"))
        return tr("Ransomware");
    if (key == QLatin1String("misdelivery"))
        return tr("Misdelivery (wrong recipient)");
    if (key == QLatin1String("loss_or_theft"))
        return tr("Loss or theft");
    if (key == QLatin1String("insider"))
        return tr("Insider");
    if (key == QLatin1String("other"))
        return tr("Other");
    return tr("Not yet known");
}

QString Labels::gdprRisk(const QString& key)
{
    if (key == QLatin1String("unlikely"))
        return tr("Unlikely to result in a risk");
    if (key == QLatin1String("risk"))
        return tr("Risk to people");
    if (key == QLatin1String("high_risk"))
        return tr("High risk to people");
    return tr("Not yet assessed");
}

QString Labels::holder(Holder holder)
{
    return holder == Holder::Own ? tr("Our own data") : tr("Held for a consignor client (委託)");
}

QString Labels::narrativeSection(NarrativeSection section)
{
    switch (section) {
    case NarrativeSection::Summary:
        return tr("Summary (概要)");
    case NarrativeSection::Cause:
        return tr("Cause (原因)");
    case NarrativeSection::SecondaryHarm:
        return tr("Secondary harm (二次被害)");
    case NarrativeSection::IndividualResponse:
        return tr("Response to the people affected (本人への対応)");
    case NarrativeSection::Publication:
        return tr("Publication (公表)");
    case NarrativeSection::Prevention:
        return tr("Prevention (再発防止策)");
    case NarrativeSection::Other:
        return tr("Other (その他)");
    case NarrativeSection::ContactDesk:
        return tr("Contact desk (問い合わせ窓口)");
    }
    return {};
}

QString Labels::group(const QString& key)
{
    if (const GroupInfo* g = findBuiltinGroup(key))
        return interfaceIsJapanese() ? g->labelJa : g->labelEn;
    return key;
}

QString Labels::group(const DataSet& ds)
{
    if (findBuiltinGroup(ds.groupKey))
        return group(ds.groupKey);
    const QString& preferred = interfaceIsJapanese() ? ds.groupLabelJa : ds.groupLabelEn;
    const QString& other = interfaceIsJapanese() ? ds.groupLabelEn : ds.groupLabelJa;
    return !preferred.isEmpty() ? preferred : !other.isEmpty() ? other : ds.groupKey;
}

QString Labels::item(const DataItem& item)
{
    const QString& preferred = interfaceIsJapanese() ? item.labelJa : item.labelEn;
    return preferred.isEmpty() ? (item.labelJa.isEmpty() ? item.labelEn : item.labelJa) : preferred;
}

} // namespace bd
