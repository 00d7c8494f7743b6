// What the officer records as done about an incident's filings, beside its facts: each filing's state
// (submitted on which day, the authority's receipt number), and the public notice's editions published
// outside BreachDesk (the edition numbers of the next notice count on from them). Stored by
// ObligationRepository and PublishedEditionRepository; carried by the incident JSON's "filings" block
// (docs/incident-json.md).
#pragma once

#include "narrative.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

struct FilingRecord
{
    QString key;                                   // the obligations engine's filing key ("ppc_final", …)
    QString state = QStringLiteral("not_started"); // not_started, drafted, issued, submitted, acknowledged
    QDate submittedOn;
    QString receiptNo;
    QString note;
    bool isFiled() const
    {
        return state == QLatin1String("submitted") || state == QLatin1String("acknowledged");
    }
    bool operator==(const FilingRecord&) const = default;
};

// The record states, in their order ("not_started" … "acknowledged").
QStringList filingRecordStates();

// An edition of the public notice (公表) published outside BreachDesk: on the company's web site before the
// workspace existed, or by another tool. Issued documents of kind public_notice are the editions made in
// BreachDesk; both count for the next edition's number.
struct PublishedEdition
{
    qint64 id = 0;
    int edition = 0;       // 第N報, 1 or more
    QList<Lang> languages; // at least one; the edition's number counts per language
    QDate publishedOn;
    QString url; // where it was published, optional
    QString note;
    QDateTime recordedAt; // set by the repository
    QString recordedBy;
    bool operator==(const PublishedEdition& o) const
    {
        return edition == o.edition && languages == o.languages && publishedOn == o.publishedOn &&
               url == o.url && note == o.note;
    }
};

// The filings block of an incident: its records and the editions published outside BreachDesk.
struct IncidentFilings
{
    QList<FilingRecord> records;
    QList<PublishedEdition> editions;
    bool isEmpty() const { return records.isEmpty() && editions.isEmpty(); }
};

} // namespace bd
