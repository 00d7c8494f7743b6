#include "factsheet.h"

#include "rulecontext.h"

#include <QJsonArray>

namespace bd {

namespace {
QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate dateOf(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QString dataSetFactId(const DataSet& set)
{
    return set.groupKey + QLatin1Char('|') +
           (set.holder == Holder::Consignor ? set.consignorName.trimmed() : QString());
}

FactSheet withConsignorsUnnamed(const FactSheet& facts, Lang lang)
{
    const QString clients =
        lang == Lang::Ja ? QStringLiteral("当社の取引先様") : QStringLiteral("our business clients");
    FactSheet out = facts;
    out.sets.clear();
    for (const FactSet& s : facts.sets) {
        if (s.consignor.isEmpty()) {
            out.sets.append(s);
            continue;
        }
        const QString id = s.groupKey + QStringLiteral("|*");
        auto merged =
            std::find_if(out.sets.begin(), out.sets.end(), [&](const FactSet& m) { return m.id == id; });
        if (merged == out.sets.end()) {
            FactSet m = s;
            m.id = id;
            m.consignor = clients;
            out.sets.append(m);
            continue;
        }
        merged->people =
            merged->people && s.people ? std::optional<int>(*merged->people + *s.people) : std::nullopt;
        merged->estimate = merged->estimate || s.estimate;
        for (const QString& key : s.itemKeys)
            if (!merged->itemKeys.contains(key))
                merged->itemKeys.append(key);
    }
    return out;
}

QString dataSetLabel(const DataSet& set, Lang lang)
{
    if (const GroupInfo* g = findBuiltinGroup(set.groupKey))
        return lang == Lang::Ja ? g->labelJa : g->labelEn;
    const QString label = lang == Lang::Ja ? set.groupLabelJa : set.groupLabelEn;
    if (!label.trimmed().isEmpty())
        return label.trimmed();
    const QString other = lang == Lang::Ja ? set.groupLabelEn : set.groupLabelJa;
    return other.trimmed().isEmpty() ? set.groupKey : other.trimmed();
}

QString itemLabel(const QString& key, const QList<DataItem>& customItems, Lang lang)
{
    const DataItem* item = findBuiltinDataItem(key);
    for (const DataItem& c : customItems)
        if (c.key == key)
            item = &c;
    if (!item)
        return key;
    const QString label = lang == Lang::Ja ? item->labelJa : item->labelEn;
    return label.isEmpty() ? (lang == Lang::Ja ? item->labelEn : item->labelJa) : label;
}

bool itemSensitive(const QString& key, const QList<DataItem>& customItems)
{
    for (const DataItem& c : customItems)
        if (c.key == key)
            return c.sensitive;
    const DataItem* item = findBuiltinDataItem(key);
    return item && item->sensitive;
}

QList<int> ownReportScope(const Incident& incident, const QDate& asOf)
{
    QList<int> scope;
    for (int i = 0; i < incident.dataSets.size(); ++i) {
        const DataSet& ds = incident.dataSets.at(i);
        if (!processorNotified(ds) || (asOf.isValid() && ds.consignorNotifiedOn > asOf))
            scope.append(i);
    }
    return scope;
}

FactSheet factSheetOf(const Incident& incident, Lang lang, const QList<int>& scope)
{
    FactSheet f;
    for (int i = 0; i < incident.dataSets.size(); ++i) {
        if (!scope.isEmpty() && !scope.contains(i))
            continue;
        const DataSet& ds = incident.dataSets.at(i);
        f.sets.append(FactSet{dataSetFactId(ds), ds.groupKey, dataSetLabel(ds, lang),
                              ds.holder == Holder::Consignor ? ds.consignorName.trimmed() : QString(),
                              ds.people, ds.peopleEstimate, ds.itemKeys});
    }
    f.knownOn = incident.knownAt.date();
    f.occurredFrom = incident.occurredFrom;
    f.occurredTo = incident.occurredTo;
    f.containedOn = incident.containedOn;
    f.deskPhone = incident.org.desk.phone.trimmed();
    f.deskEmail = incident.org.desk.email.trimmed();
    return f;
}

const FactSet* FactSheet::set(const QString& id) const
{
    for (const FactSet& s : sets)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::optional<int> FactSheet::total(bool* estimate) const
{
    int sum = 0;
    bool about = false;
    for (const FactSet& s : sets) {
        if (!s.people)
            return std::nullopt;
        sum += *s.people;
        about = about || s.estimate;
    }
    if (estimate)
        *estimate = about;
    return sum;
}

QJsonObject FactSheet::toJson() const
{
    QJsonArray list;
    for (const FactSet& s : sets) {
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("group"), s.groupKey},
                                {QStringLiteral("label"), s.label},
                                {QStringLiteral("consignor"), s.consignor},
                                {QStringLiteral("people"), s.people ? QJsonValue(*s.people) : QJsonValue()},
                                {QStringLiteral("estimate"), s.estimate},
                                {QStringLiteral("items"), QJsonArray::fromStringList(s.itemKeys)}});
    }
    return {{QStringLiteral("data_sets"), list},
            {QStringLiteral("known_on"), isoDate(knownOn)},
            {QStringLiteral("occurred_from"), isoDate(occurredFrom)},
            {QStringLiteral("occurred_to"), isoDate(occurredTo)},
            {QStringLiteral("contained_on"), isoDate(containedOn)},
            {QStringLiteral("desk_phone"), deskPhone},
            {QStringLiteral("desk_email"), deskEmail}};
}

FactSheet FactSheet::fromJson(const QJsonObject& o)
{
    FactSheet f;
    for (const QJsonValue& v : o.value(QStringLiteral("data_sets")).toArray()) {
        const QJsonObject s = v.toObject();
        FactSet set;
        set.id = s.value(QStringLiteral("id")).toString();
        set.groupKey = s.value(QStringLiteral("group")).toString();
        set.label = s.value(QStringLiteral("label")).toString();
        set.consignor = s.value(QStringLiteral("consignor")).toString();
        if (s.value(QStringLiteral("people")).isDouble())
            set.people = s.value(QStringLiteral("people")).toInt();
        set.estimate = s.value(QStringLiteral("estimate")).toBool();
        for (const QJsonValue& item : s.value(QStringLiteral("items")).toArray())
            set.itemKeys.append(item.toString());
        f.sets.append(set);
    }
    f.knownOn = dateOf(o.value(QStringLiteral("known_on")));
    f.occurredFrom = dateOf(o.value(QStringLiteral("occurred_from")));
    f.occurredTo = dateOf(o.value(QStringLiteral("occurred_to")));
    f.containedOn = dateOf(o.value(QStringLiteral("contained_on")));
    f.deskPhone = o.value(QStringLiteral("desk_phone")).toString();
    f.deskEmail = o.value(QStringLiteral("desk_email")).toString();
    return f;
}

} // namespace bd
