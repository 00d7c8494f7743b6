#include "recipientexport.h"

#include <QSet>

namespace bd {

QStringList recipientExportKeys(const QStringList& customNames)
{
    QStringList keys;
    for (RecipientField f : recipientFields())
        keys.append(recipientFieldKey(f));
    for (const QString& name : customNames)
        keys.append(customFieldKey(name));
    return keys;
}

QStringList customFieldNames(const QList<Recipient>& recipients)
{
    QSet<QString> names;
    for (const Recipient& r : recipients) {
        for (auto it = r.custom.cbegin(); it != r.custom.cend(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QStringList recipientExportHeader(const QStringList& keys, QStringView language)
{
    QStringList header;
    for (const QString& key : keys)
        header.append(fieldKeyLabel(key, language));
    return header;
}

QStringList recipientExportRow(const Recipient& recipient, const QStringList& keys)
{
    QStringList row;
    for (const QString& key : keys)
        row.append(recipientValue(recipient, key));
    return row;
}

} // namespace bd
