#include "consignorrows.h"

#include "noticecontexts.h"

namespace bd {

QString ConsignorRows::key(const QString& name)
{
    QString key = name.normalized(QString::NormalizationForm_KC);
    key.removeIf([](QChar c) { return c.isSpace(); });
    for (const QString& suffix : {QStringLiteral("御中"), QStringLiteral("様")})
        if (key.endsWith(suffix))
            key.chop(suffix.size());
    return key.toCaseFolded();
}

QStringList ConsignorRows::known(const Incident& incident)
{
    return consignorClients(incident);
}

std::optional<ConsignorRows> ConsignorRows::find(const Incident& incident, const RecipientGroup& group,
                                                 const QString& name)
{
    const QString wanted = key(name);
    ConsignorRows rows;
    for (const QString& client : known(incident))
        if (key(client) == wanted && !wanted.isEmpty())
            rows.m_name = client;
    if (rows.m_name.isEmpty())
        return std::nullopt;
    rows.m_key = wanted;
    bool linked = false, allTheClients = true;
    for (const DataSet& ds : incident.dataSets) {
        if (!group.dataSetIds.contains(ds.id))
            continue;
        linked = true;
        allTheClients = allTheClients && ds.holder == Holder::Consignor && key(ds.consignorName) == wanted;
    }
    rows.m_unnamedRowsBelong = linked && allTheClients;
    return rows;
}

bool ConsignorRows::contains(const Recipient& recipient) const
{
    if (recipient.organisation.trimmed().isEmpty())
        return m_unnamedRowsBelong;
    return key(recipient.organisation) == m_key;
}

} // namespace bd
