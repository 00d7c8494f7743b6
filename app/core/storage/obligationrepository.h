// The officer's decisions and overrides on the obligations, and each filing's state. Every change is audited.
#pragma once

#include "database.h"
#include "decision.h"
#include "obligationreport.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

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
};

class ObligationRepository
{
public:
    explicit ObligationRepository(Database& db) : m_db(db) {}

    // Every decision, oldest first (the engine lets the latest per rule count).
    QList<Decision> decisions(qint64 incidentId, StorageError* error) const;
    bool addDecision(qint64 incidentId, Decision decision, StorageError* error);

    // The overrides in force: the latest per key, leaving out withdrawn ones.
    QList<Override> overrides(qint64 incidentId, StorageError* error) const;
    bool addOverride(qint64 incidentId, Override override, StorageError* error);
    bool withdrawOverride(qint64 incidentId, const QString& key, const QString& reason, StorageError* error);

    QList<FilingRecord> filings(qint64 incidentId, StorageError* error) const;
    bool setFiling(qint64 incidentId, const FilingRecord& filing, StorageError* error);
    // The keys of the filings recorded as submitted or acknowledged.
    QSet<QString> filedKeys(qint64 incidentId, StorageError* error) const;

    // The incident's obligations at `now`, with the officer's decisions and overrides and the workspace's
    // custom data items (the incident itself is passed in, as the editor holds it).
    std::optional<ObligationReport> evaluate(const Incident& incident, const QDateTime& now,
                                             StorageError* error) const;
    // The same for a stored incident, loaded by id.
    std::optional<ObligationReport> evaluate(qint64 incidentId, const QDateTime& now,
                                             StorageError* error) const;

private:
    Database& m_db;
};

} // namespace bd
