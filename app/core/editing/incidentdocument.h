// The open incident: its facts in memory, every edit written through to the database at once (one transaction
// each, with its audit entry) and undoable. Widgets read from here and edit through here, never the database.
#pragma once

#include "database.h"
#include "incident.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace bd {

class ChangeCommand;
enum class Direction
{
    Undo,
    Redo
};

class IncidentDocument : public QObject
{
    Q_OBJECT
public:
    explicit IncidentDocument(Database& db, QObject* parent = nullptr);

    bool load(qint64 incidentId, StorageError* error);
    // Closes the incident (after it was deleted): nothing is open and the undo history is gone.
    void clear();
    bool isLoaded() const { return m_incident.id != 0; }
    const Incident& incident() const { return m_incident; }
    qint64 incidentId() const { return m_incident.id; }
    QUndoStack* undoStack() { return &m_undo; }
    Database& database() { return m_db; }

    const DataSet* dataSet(qint64 id) const;
    const TimelineEvent* timelineEvent(qint64 id) const;

    // Edits. Each is written to the database before it returns (false on failure, with storageFailed emitted
    // and nothing changed). A value beyond its field's limits (fields.h, textlimits.h) is refused the same
    // way, with a StorageError::Invalid naming the field. Consecutive edits of the same text field within a
    // few seconds merge into one undo step.
    bool setIncidentField(const QString& key, const QVariant& value);
    bool setDataSetField(qint64 dataSetId, const QString& key, const QVariant& value);
    bool setDataSetItems(qint64 dataSetId, const QStringList& itemKeys);
    bool addDataSet(const DataSet& dataSet, qint64* newId = nullptr);
    bool removeDataSet(qint64 dataSetId);
    bool setTimelineField(qint64 eventId, const QString& key, const QVariant& value);
    bool addTimelineEvent(const TimelineEvent& event, qint64* newId = nullptr);
    bool removeTimelineEvent(qint64 eventId);
    bool setNarrativeText(NarrativeSection section, Lang lang, const QString& text);
    bool confirmNarrative(NarrativeSection section, Lang lang);

signals:
    void loaded();
    void incidentFieldChanged(const QString& key);
    void dataSetsChanged();
    void timelineChanged();
    void narrativeChanged(bd::NarrativeSection section);
    void saved();
    void storageFailed(const bd::StorageError& error);

private:
    // Applies `redo` now; on success pushes an undo step that can replay `undo`/`redo`.
    bool apply(const QString& text, const QString& mergeKey, std::function<bool(StorageError*)> redo,
               std::function<bool(StorageError*)> undo);
    void fail(const StorageError& error);
    bool refuse(const QString& message); // fail() with StorageError::Invalid; returns false
    bool writeNarrative(const Narrative& narrative, StorageError* error);

    // In-memory mirrors of the database writes.
    void storeIncidentField(const QString& key, const QVariant& value);
    void storeDataSet(const DataSet& dataSet, bool insert);
    void eraseDataSet(qint64 id);
    void storeTimelineEvent(const TimelineEvent& event, bool insert);
    void eraseTimelineEvent(qint64 id);
    void sortTimeline();

    struct Repair
    {
        ChangeCommand* command = nullptr;
        Direction direction = Direction::Undo;
    };

    Database& m_db;
    Incident m_incident;
    QUndoStack m_undo;
    Repair m_repair;
    friend class ChangeCommand;
};

} // namespace bd
