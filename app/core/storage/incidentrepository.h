// Reads and writes incidents. Every write is one transaction that also appends to the audit trail.
#pragma once

#include "auditrepository.h"
#include "catalogue.h"
#include "database.h"
#include "incident.h"

#include <optional>

namespace bd {

struct IncidentSummary
{
    qint64 id = 0;
    QString code;
    QString titleJa, titleEn;
    IncidentStatus status = IncidentStatus::Open;
    QDateTime knownAt;
    QDateTime updatedAt;
};

class IncidentRepository
{
public:
    explicit IncidentRepository(Database& db) : m_db(db), m_audit(db) {}

    QList<IncidentSummary> list(bool includeArchived, StorageError* error) const;
    std::optional<Incident> load(qint64 id, StorageError* error) const;
    std::optional<qint64> findByCode(const QString& code, StorageError* error) const;
    // The next free code of the form INC-<year>-NNN.
    QString nextCode(int year, StorageError* error) const;

    // Inserts the whole incident (data sets, timeline, narratives); sets the new ids in `incident`.
    // `auditField` says what the trail records ("created", "imported", "duplicated").
    bool create(Incident& incident, StorageError* error,
                const QString& auditField = QStringLiteral("created"));
    // Copies an incident under a new code; returns the new id.
    std::optional<qint64> duplicate(qint64 id, const QString& newCode, StorageError* error);
    bool remove(qint64 id, StorageError* error);

    // Field edits by key (fields.h). Unknown keys and invalid values are refused.
    bool setIncidentField(qint64 incidentId, const QString& field, const QVariant& value,
                          StorageError* error);
    bool setDataSetField(qint64 dataSetId, const QString& field, const QVariant& value, StorageError* error);
    bool setDataSetItems(qint64 dataSetId, const QStringList& itemKeys, StorageError* error);
    bool setTimelineField(qint64 eventId, const QString& field, const QVariant& value, StorageError* error);
    bool setNarrative(qint64 incidentId, const Narrative& narrative, StorageError* error);

    // Row inserts keep a non-zero id (so undoing a delete restores the same row); zero means "assign one".
    bool insertDataSet(qint64 incidentId, DataSet& dataSet, StorageError* error);
    bool removeDataSet(qint64 dataSetId, StorageError* error);
    bool insertTimelineEvent(qint64 incidentId, TimelineEvent& event, StorageError* error);
    bool removeTimelineEvent(qint64 eventId, StorageError* error);

    // Officer-defined data items (the built-in ones are in catalogue.h).
    QList<DataItem> customItems(StorageError* error) const;
    bool addCustomItem(const DataItem& item, StorageError* error);
    // Built-in plus custom items.
    QList<DataItem> allItems(StorageError* error) const;

private:
    bool insertDataSetRow(qint64 incidentId, DataSet& ds, StorageError* error);
    bool insertTimelineRow(qint64 incidentId, TimelineEvent& e, StorageError* error);
    bool writeNarrative(qint64 incidentId, const Narrative& n, StorageError* error);
    bool touch(qint64 incidentId, StorageError* error);
    bool audit(qint64 incidentId, const QString& entity, qint64 entityId, const QString& field,
               const QString& before, const QString& after, StorageError* error);
    qint64 incidentOf(const QString& table, qint64 rowId, StorageError* error) const;

    Database& m_db;
    AuditRepository m_audit;
};

} // namespace bd
