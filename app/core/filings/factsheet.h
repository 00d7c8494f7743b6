// The facts a document states, in structured form: per data set its people count and items, the key dates and
// the contact desk. Every drafted document carries one (in its content JSON), so that documents can be
// compared with the incident record and with each other (consistencycheck.h) whatever their wording.
#pragma once

#include "catalogue.h"
#include "incident.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

struct FactSet
{
    QString id; // stable across edits: "<group key>|<consignor>" (see dataSetFactId)
    QString groupKey;
    QString label; // in the document's language
    QString consignor;
    std::optional<int> people;
    bool estimate = false;
    QStringList itemKeys;
    bool operator==(const FactSet&) const = default;
};

struct FactSheet
{
    QList<FactSet> sets;
    QDate knownOn, occurredFrom, occurredTo, containedOn;
    QString deskPhone, deskEmail;

    const FactSet* set(const QString& id) const;
    // The total over the sets; nullopt when a count is unknown. `estimate` is set when any count is "about".
    std::optional<int> total(bool* estimate = nullptr) const;

    QJsonObject toJson() const;
    static FactSheet fromJson(const QJsonObject& object);
    bool operator==(const FactSheet&) const = default;
};

QString dataSetFactId(const DataSet& set);

// The facts for a reader who may not learn who the consignor clients are (the public notice): the sets held
// for consignors merged per people group into one, held for 「当社の取引先様」 ("our business clients"), with
// the items of all and the sum of the counts (unknown when any is).
FactSheet withConsignorsUnnamed(const FactSheet& facts, Lang lang);

// The facts of `incident` over the data sets at `scope` (indexes into Incident::dataSets; empty = all).
FactSheet factSheetOf(const Incident& incident, Lang lang, const QList<int>& scope = {});
// Indexes of the data sets of the organisation's own PPC report (JP-P sets left out: rulecontext.h). A report
// dated `asOf` keeps the sets whose consignor was notified only after it: on its day they were still its own
// to report.
QList<int> ownReportScope(const Incident& incident, const QDate& asOf = {});
// The label of a data set's people group in `lang` (built-in groups from the catalogue).
QString dataSetLabel(const DataSet& set, Lang lang);
// Item labels in `lang`, custom items included; unknown keys print as themselves.
QString itemLabel(const QString& key, const QList<DataItem>& customItems, Lang lang);
bool itemSensitive(const QString& key, const QList<DataItem>& customItems);

} // namespace bd
