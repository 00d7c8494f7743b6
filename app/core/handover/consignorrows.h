// Which recipients of a group are one consignor client's own affected records, for a hand-over of that list
// to the client (export-recipients --consignor). Consignors are confidential to each other: telling client A
// that client B's customers were affected discloses B's business and B's incident. So a row goes to a client
// only when it plainly belongs to it:
// - its organisation (会社名; the importer maps a 委託元 column there) names the client, compared as the
//   consignor notices compare names (NFKC, spaces and a trailing 御中 or 様 ignored; here letter case too,
//   app/core/filings/noticecontexts.cpp), or
// - it names no organisation and every data set the group is linked to is held for that client.
#pragma once

#include "incident.h"
#include "recipient.h"
#include "recipientrepository.h"

#include <QStringList>

#include <optional>

namespace bd {

class ConsignorRows
{
public:
    // The consignor clients the incident's data sets name, in order of appearance.
    static QStringList known(const Incident& incident);
    // The rows of `group` that belong to the client `name` (one of known(), compared as above), or nullopt
    // when the incident names no such client.
    static std::optional<ConsignorRows> find(const Incident& incident, const RecipientGroup& group,
                                             const QString& name);

    // The client's name as the incident writes it.
    const QString& name() const { return m_name; }
    bool contains(const Recipient& recipient) const;

    // The comparison key of a consignor name.
    static QString key(const QString& name);

private:
    QString m_name;
    QString m_key;
    bool m_unnamedRowsBelong = false; // every data set of the group is held for this client
};

} // namespace bd
