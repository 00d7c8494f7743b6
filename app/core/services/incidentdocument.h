// The open incident: its facts in memory, every edit written through to the database at once (one transaction
// each, with its audit entry) and undoable. Widgets read from here and edit through here, never the database.
//
// When another program holds the workspace's write lock (a long `breachdesk import-recipients` started from a
// terminal), an edit is not lost: it is applied in memory, so the window keeps showing it, queued, and tried
// again on a timer. Once the lock is free the queued edits are written in the order they were made, each in
// its own transaction with its audit entry, and each becomes its undo step then. While edits wait, undo and
// redo wait too (they would apply out of order).
#pragma once

#include "database.h"
#include "incident.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <chrono>
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
    // How long one edit waits for another program's write lock before it is queued instead, and how long each
    // later try waits: short, so that the window never freezes while another program writes.
    static constexpr int WriteBusyTimeoutMs = 250;
    static constexpr int RetryBusyTimeoutMs = 50;
    // Queued edits are tried again every interval; after the window without success the user is told
    // (retryWindowElapsed()), and the tries go on.
    static constexpr std::chrono::milliseconds DefaultRetryInterval{1000};
    static constexpr std::chrono::milliseconds DefaultRetryWindow{10 * 60 * 1000};

    // Announces every change through `workspace` (workspace.h).
    explicit IncidentDocument(Workspace& workspace, QObject* parent = nullptr);
    // With a workspace of its own (tests and tools that edit one incident).
    explicit IncidentDocument(Database& db, QObject* parent = nullptr);
    ~IncidentDocument() override;

    // Opens an incident. Edits still waiting for the workspace are dropped: callers settle them first
    // (hasPendingEdits(), retryNow(), discardPendingEdits()).
    bool load(qint64 incidentId, StorageError* error);
    // Closes the incident (after it was deleted): nothing is open and the undo history is gone.
    void clear();
    bool isLoaded() const { return m_incident.id != 0; }
    const Incident& incident() const { return m_incident; }
    qint64 incidentId() const { return m_incident.id; }
    QUndoStack* undoStack() { return &m_undo; }
    Database& database() { return m_db; }
    Workspace& workspace() { return *m_workspace; }

    // A data set or timeline event of the open incident. A row added while the workspace was busy has a
    // provisional (negative) id until it is written; either id finds it.
    const DataSet* dataSet(qint64 id) const;
    const TimelineEvent* timelineEvent(qint64 id) const;

    // Edits. Each is written to the database before it returns, or, when another program holds the
    // workspace's write lock, kept in memory and queued (hasPendingEdits()); both return true. On any other
    // failure they return false, with storageFailed emitted and nothing changed. A value beyond its field's
    // limits (fields.h, textlimits.h) is refused the same way, with a StorageError::Invalid naming the field.
    // Consecutive edits of the same text field within a few seconds merge into one undo step.
    bool setIncidentField(const QString& key, const QVariant& value);
    bool setDataSetField(qint64 dataSetId, const QString& key, const QVariant& value);
    bool setDataSetItems(qint64 dataSetId, const QStringList& itemKeys);
    bool addDataSet(const DataSet& dataSet, qint64* newId = nullptr);
    bool removeDataSet(qint64 dataSetId);
    bool setTimelineField(qint64 eventId, const QString& key, const QVariant& value);
    bool addTimelineEvent(const TimelineEvent& event, qint64* newId = nullptr);
    bool removeTimelineEvent(qint64 eventId);
    // A narrative section for all readers (`audience` ""), or as written for one reader (narrative.h).
    bool setNarrativeText(NarrativeSection section, Lang lang, const QString& text,
                          const QString& audience = {});
    bool confirmNarrative(NarrativeSection section, Lang lang, const QString& audience = {});
    // The consignor clients' names and the text marked confidential, each list replaced whole.
    bool setConsignorNames(const QList<ConsignorNames>& names);
    bool setConfidentialTexts(const QList<ConfidentialText>& texts);

    // Edits that wait for the workspace.
    bool hasPendingEdits() const { return !m_pending.isEmpty(); }
    int pendingEditCount() const { return int(m_pending.size()); }
    // What the waiting edits would write, for a person to keep elsewhere: per edit what it changes, then the
    // new text.
    QString pendingEditsText() const;
    // Tries the waiting edits now, each waiting up to `busyTimeoutMs` for the lock; true when none is left.
    bool retryNow(int busyTimeoutMs = RetryBusyTimeoutMs);
    // Forgets the waiting edits and shows what the workspace holds.
    void discardPendingEdits();
    void setRetryInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds retryInterval() const { return m_retryTimer.intervalAsDuration(); }
    void setRetryWindow(std::chrono::milliseconds window) { m_retryWindow = window; }
    std::chrono::milliseconds retryWindow() const { return m_retryWindow; }

    // Undo and redo of the stack; refused (false) while edits wait, after one try to write them.
    bool canUndo() const { return m_pending.isEmpty() && m_undo.canUndo(); }
    bool canRedo() const { return m_pending.isEmpty() && m_undo.canRedo(); }
    bool undo();
    bool redo();

    // Call when another connection committed to the workspace. When that changed the open incident, re-reads
    // it: what the other program wrote is shown, except where edits of this window still wait (they stay on
    // top and are written over it), and the undo history is dropped (its steps would put back values the
    // other program replaced). Emits removedElsewhere() when the incident was deleted.
    void refreshFromStorage();

signals:
    void loaded();
    void incidentFieldChanged(const QString& key);
    void dataSetsChanged();
    void timelineChanged();
    void narrativeChanged(bd::NarrativeSection section);
    void readersChanged(); // the consignor clients' names or the confidential text
    void saved();
    void storageFailed(const bd::StorageError& error);
    // hasPendingEdits() or pendingEditCount() changed.
    void pendingChanged();
    // Edits have waited for retryWindow(); emitted once per wait, outside the retry.
    void retryWindowElapsed();
    void removedElsewhere();

private:
    // One half of an edit: the database write, and the same change on an incident in memory.
    struct Step
    {
        std::function<bool(StorageError*)> write;
        std::function<void(Incident&)> store;
    };
    struct Edit
    {
        QString text; // the undo step's name
        QString mergeKey;
        Step redo, undo;
        std::function<void()> notify; // the signals after either step changed the memory
        // Re-reads the values the edit replaces from the incident it is about to be applied to (after a
        // reload).
        std::function<void(const Incident&)> rebase;
        QString what, value; // for pendingEditsText()
    };
    bool refuse(const QString& message); // fail() with StorageError::Invalid; returns false

    // Writes `edit` now; when the workspace is busy (or edits already wait) queues it instead.
    bool apply(Edit edit);
    // One transaction: the step's write, and what the audit trail then says about the incident.
    bool write(const Step& step, int busyTimeoutMs, StorageError* error);
    void enqueue(Edit edit);
    void fail(const StorageError& error);
    bool writeNarrative(qint64 incidentId, const Narrative& narrative, StorageError* error);
    // `fresh` from the database with the waiting edits applied on top.
    Incident withPending(Incident fresh);
    // Replaces the shown incident, emitting the change signals for what differs.
    void show(Incident incident);
    void dropPending();
    qint64 lastChange(StorageError* error) const;

    // Provisional ids of rows added while the workspace was busy, and the ids the database gave them.
    qint64 provisionalId() { return m_nextProvisionalId--; }
    qint64 resolve(qint64 id) const { return id < 0 ? m_aliases.value(id, id) : id; }
    void adoptAliases();
    // Tells the workspace's views that the open incident changed (in memory, and in the database unless the
    // edit waits).
    void announce(bool list = false);

    struct Repair
    {
        ChangeCommand* command = nullptr;
        Direction direction = Direction::Undo;
    };

    std::unique_ptr<Workspace> m_ownWorkspace;
    Workspace* m_workspace;
    Database& m_db;
    Incident m_incident;
    QUndoStack m_undo;
    Repair m_repair;
    QList<Edit> m_pending;
    QTimer m_retryTimer;
    QElapsedTimer m_waiting; // since the oldest waiting edit was queued
    std::chrono::milliseconds m_retryWindow = DefaultRetryWindow;
    bool m_windowReported = false;
    bool m_retrying = false;
    QHash<qint64, qint64> m_aliases;
    qint64 m_nextProvisionalId = -1;
    qint64 m_lastChange = -1; // the newest audit entry about the incident that this document has seen
    friend class ChangeCommand;
};

} // namespace bd
