// One person or organisation to be told about the breach, as imported from a list.
#pragma once

#include <QMap>
#include <QString>

namespace bd {

struct Recipient
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString name, kana, organisation, department, title, postcode, address, email, phone;
    QString language;              // "ja", "en", or empty for the group's default
    QMap<QString, QString> custom; // columns mapped to custom fields
    QString sourceFile;            // where the row came from
    int sourceRow = 0;             // 1-based file row (the header is row 1)
    bool excluded = false;         // kept, but not sent
    bool operator==(const Recipient&) const = default;
};

} // namespace bd
