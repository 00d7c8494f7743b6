#include "incidentdocument.h"

#include "auditrepository.h"
#include "busytimeout.h"
#include "fields.h"
#include "incidentrepository.h"
#include "readerrecords.h"
#include "textlimits.h"
#include "textmatch.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUndoCommand>

namespace bd {

namespace {

// The audit entities whose records the document holds (incidentrepository.cpp writes them).
const QStringList& documentEntities()
{
    static const QStringList entities{entityKey(Entity::Incident), entityKey(Entity::DataSet),
                                      entityKey(Entity::TimelineEvent), QStringLiteral("narrative")};
    return entities;
}

DataSet* findDataSet(Incident& incident, qint64 id)
{
    for (DataSet& ds : incident.dataSets)
        if (ds.id == id)
            return &ds;
    return nullptr;
}

const DataSet* findDataSet(const Incident& incident, qint64 id)
{
    return findDataSet(const_cast<Incident&>(incident), id);
}

void putDataSet(Incident& incident, const DataSet& dataSet)
{
    if (DataSet* existing = findDataSet(incident, dataSet.id)) {
        *existing = dataSet;
        return;
    }
    incident.dataSets.append(dataSet);
    std::stable_sort(incident.dataSets.begin(), incident.dataSets.end(),
                     [](const DataSet& a, const DataSet& b) { return a.position < b.position; });
}

void dropDataSet(Incident& incident, qint64 id)
{
    incident.dataSets.removeIf([id](const DataSet& ds) { return ds.id == id; });
}

TimelineEvent* findEvent(Incident& incident, qint64 id)
{
    for (TimelineEvent& e : incident.timeline)
        if (e.id == id)
            return &e;
    return nullptr;
}

const TimelineEvent* findEvent(const Incident& incident, qint64 id)
{
    return findEvent(const_cast<Incident&>(incident), id);
}

void sortTimeline(Incident& incident)
{
    std::stable_sort(incident.timeline.begin(), incident.timeline.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
}

void putEvent(Incident& incident, const TimelineEvent& event)
{
    if (TimelineEvent* existing = findEvent(incident, event.id))
        *existing = event;
    else
        incident.timeline.append(event);
    sortTimeline(incident);
}

void dropEvent(Incident& incident, qint64 id)
{
    incident.timeline.removeIf([id](const TimelineEvent& e) { return e.id == id; });
}

void putNarrative(Incident& incident, const Narrative& narrative)
{
    for (Narrative& n : incident.narratives)
        if (n.section == narrative.section && n.audience == narrative.audience) {
            n = narrative;
            return;
        }
    incident.narratives.append(narrative);
}

// The section as written for `audience`; an empty one when nothing was written for it yet.
Narrative narrativeOf(const Incident& incident, NarrativeSection section, const QString& audience)
{
    if (const Narrative* n = incident.narrative(section, audience))
        return *n;
    Narrative n;
    n.section = section;
    n.audience = audience;
    return n;
}

} // namespace

// One undoable edit: two steps that write to the database and update the document. The first redo() is
// skipped because the edit was applied before the command was pushed (so a failure never reaches the stack).
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(IncidentDocument* doc, IncidentDocument::Edit edit)
        : QUndoCommand(edit.text), m_doc(doc), m_edit(std::move(edit))
    {
        m_age.start();
    }

    int id() const override { return m_edit.mergeKey.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeCommand*>(other);
        // Typing arrives as several saves; within a few seconds of the last one they are one undo step.
        if (next->m_edit.mergeKey != m_edit.mergeKey || m_age.elapsed() > MergeWindowMs)
            return false;
        m_edit.redo = next->m_edit.redo;
        m_age.restart();
        return true;
    }

    void redo() override
    {
        if (m_skipNextRedo) {
            m_skipNextRedo = false;
            return;
        }
        run(m_edit.redo, Direction::Redo);
    }
    void undo() override
    {
        if (m_skipNextUndo) {
            m_skipNextUndo = false;
            return;
        }
        run(m_edit.undo, Direction::Undo);
    }

    // After a failed undo (or redo) the stack has already moved; stepping back must not write again.
    void skipNext(Direction direction)
    {
        (direction == Direction::Redo ? m_skipNextRedo : m_skipNextUndo) = true;
    }

private:
    void run(const IncidentDocument::Step& step, Direction direction)
    {
        StorageError error;
        if (m_doc->write(step, IncidentDocument::WriteBusyTimeoutMs, &error)) {
            step.store(m_doc->m_incident);
            m_edit.notify();
            m_doc->announce();
            emit m_doc->saved();
            return;
        }
        m_doc->m_repair = {this, direction};
        m_doc->fail(error);
    }

    static constexpr int MergeWindowMs = 3000;
    IncidentDocument* m_doc;
    IncidentDocument::Edit m_edit;
    QElapsedTimer m_age;
    bool m_skipNextRedo = true; // the edit was applied before the command was pushed
    bool m_skipNextUndo = false;
};

IncidentDocument::IncidentDocument(Database& db, QObject* parent)
    : IncidentDocument(*new Workspace(db), parent)
{
    m_ownWorkspace.reset(m_workspace);
}

IncidentDocument::IncidentDocument(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(&workspace), m_db(workspace.database())
{
    if (!workspace.undoStack())
        workspace.setUndoStack(&m_undo); // the services' steps join the incident's history
    // QUndoStack moves its index even when the command failed; put it back so that the history matches the
    // database (the failed step can be tried again).
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_repair.command)
            return;
        const Repair repair = std::exchange(m_repair, Repair{});
        if (repair.direction == Direction::Undo) {
            repair.command->skipNext(Direction::Redo);
            m_undo.redo();
        } else {
            repair.command->skipNext(Direction::Undo);
            m_undo.undo();
        }
    });
    m_retryTimer.setInterval(DefaultRetryInterval);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { retryNow(RetryBusyTimeoutMs); });
}

IncidentDocument::~IncidentDocument()
{
    if (m_workspace->undoStack() == &m_undo)
        m_workspace->setUndoStack(nullptr);
}

bool IncidentDocument::load(qint64 incidentId, StorageError* error)
{
    // What the trail says first: a change that lands between the two reads is then read again later.
    StorageError ignored;
    const qint64 lastChange = AuditRepository(m_db).lastEntryId(incidentId, documentEntities(), &ignored);
    std::optional<Incident> incident = IncidentRepository(m_db).load(incidentId, error);
    if (!incident)
        return false;
    dropPending();
    m_incident = *incident;
    m_lastChange = ignored ? -1 : lastChange;
    m_undo.clear();
    emit loaded();
    return true;
}

void IncidentDocument::clear()
{
    dropPending();
    m_incident = Incident();
    m_lastChange = -1;
    m_undo.clear();
    emit loaded();
}

const DataSet* IncidentDocument::dataSet(qint64 id) const
{
    const DataSet* ds = findDataSet(m_incident, id);
    return ds ? ds : findDataSet(m_incident, resolve(id));
}

const TimelineEvent* IncidentDocument::timelineEvent(qint64 id) const
{
    const TimelineEvent* e = findEvent(m_incident, id);
    return e ? e : findEvent(m_incident, resolve(id));
}

qint64 IncidentDocument::lastChange(StorageError* error) const
{
    return AuditRepository(m_db).lastEntryId(m_incident.id, documentEntities(), error);
}

bool IncidentDocument::write(const Step& step, int busyTimeoutMs, StorageError* error)
{
    const BusyTimeout wait(m_db, busyTimeoutMs);
    qint64 before = -1, after = -1;
    const bool ok = m_db.transaction(
        [&](StorageError* err) {
            StorageError readError;
            before = lastChange(&readError);
            if (!step.write(err))
                return false;
            after = lastChange(&readError);
            if (readError) // (the edit stands; the next refresh re-reads the incident)
                after = -1;
            return true;
        },
        error);
    // Only this write changed the incident since the document last looked: it has seen everything. Otherwise
    // another program changed it meanwhile, and the next refreshFromStorage() re-reads it.
    if (ok && after >= 0 && before == m_lastChange)
        m_lastChange = after;
    return ok;
}

bool IncidentDocument::apply(Edit edit)
{
    if (!m_pending.isEmpty()) { // behind the edits that already wait, to keep their order
        enqueue(std::move(edit));
        return true;
    }
    StorageError error;
    if (write(edit.redo, WriteBusyTimeoutMs, &error)) {
        edit.redo.store(m_incident);
        edit.notify();
        announce();
        m_undo.push(new ChangeCommand(this, std::move(edit)));
        emit saved();
        return true;
    }
    if (error.kind == StorageError::Locked) {
        enqueue(std::move(edit));
        return true;
    }
    fail(error);
    return false;
}

void IncidentDocument::enqueue(Edit edit)
{
    edit.redo.store(m_incident);
    edit.notify();
    announce();
    const int before = pendingEditCount();
    // Typing into the same field while waiting stays one edit, as its undo steps would merge.
    if (!m_pending.isEmpty() && !edit.mergeKey.isEmpty() && m_pending.constLast().mergeKey == edit.mergeKey) {
        Edit& last = m_pending.last();
        last.redo = edit.redo;
        last.value = edit.value;
        last.rebase = [first = last.rebase, next = edit.rebase](const Incident& incident) {
            if (first)
                first(incident); // the value before the first of them, for undo
            if (next)
                next(incident); // the value after the last of them
        };
    } else {
        m_pending.append(std::move(edit));
    }
    if (!m_retryTimer.isActive()) {
        m_waiting.start();
        m_windowReported = false;
        m_retryTimer.start();
    }
    if (pendingEditCount() != before)
        emit pendingChanged();
}

bool IncidentDocument::retryNow(int busyTimeoutMs)
{
    if (m_pending.isEmpty())
        return true;
    if (m_retrying) // (a dialog's event loop inside a retry)
        return false;
    m_retrying = true;
    const int before = pendingEditCount();
    QList<StorageError> refused;
    while (!m_pending.isEmpty()) {
        StorageError error;
        if (write(m_pending.constFirst().redo, busyTimeoutMs, &error)) {
            m_undo.push(new ChangeCommand(this, m_pending.takeFirst()));
            continue;
        }
        if (error.kind == StorageError::Locked)
            break;
        // Refused for good (the record was deleted meanwhile, or a rule refuses the value): it can never be
        // written. The user is told, with its text; the screen shows what is stored under the other edits.
        const Edit edit = m_pending.takeFirst();
        error.detail = tr("Not saved: %1\n%2").arg(edit.what, edit.value) +
                       (error.detail.isEmpty() ? QString() : QStringLiteral("\n\n") + error.detail);
        refused.append(error);
        StorageError ignored;
        if (std::optional<Incident> fresh = IncidentRepository(m_db).load(m_incident.id, &ignored))
            show(withPending(*fresh));
    }
    m_retrying = false;
    adoptAliases();
    const bool done = m_pending.isEmpty();
    if (done) {
        m_retryTimer.stop();
    } else if (!m_windowReported && m_waiting.elapsed() >= m_retryWindow.count()) {
        m_windowReported = true;
        QTimer::singleShot(0, this, &IncidentDocument::retryWindowElapsed);
    }
    if (pendingEditCount() != before)
        emit pendingChanged();
    if (done)
        emit saved();
    for (const StorageError& error : refused)
        emit storageFailed(error);
    return done;
}

void IncidentDocument::dropPending()
{
    m_retryTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    emit pendingChanged();
}

void IncidentDocument::discardPendingEdits()
{
    if (m_pending.isEmpty())
        return;
    dropPending();
    StorageError ignored;
    if (std::optional<Incident> fresh = IncidentRepository(m_db).load(m_incident.id, &ignored))
        show(*fresh);
}

void IncidentDocument::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

QString IncidentDocument::pendingEditsText() const
{
    QStringList parts;
    for (const Edit& e : m_pending)
        parts.append(e.what + QStringLiteral(":\n") + e.value);
    return parts.join(QStringLiteral("\n\n"));
}

bool IncidentDocument::undo()
{
    if (!m_pending.isEmpty() && !retryNow())
        return false;
    m_undo.undo();
    return true;
}

bool IncidentDocument::redo()
{
    if (!m_pending.isEmpty() && !retryNow())
        return false;
    m_undo.redo();
    return true;
}

void IncidentDocument::adoptAliases()
{
    bool dataSets = false, timeline = false;
    for (DataSet& ds : m_incident.dataSets)
        if (ds.id < 0 && resolve(ds.id) != ds.id) {
            ds.id = resolve(ds.id);
            dataSets = true;
        }
    for (TimelineEvent& e : m_incident.timeline)
        if (e.id < 0 && resolve(e.id) != e.id) {
            e.id = resolve(e.id);
            timeline = true;
        }
    if (dataSets)
        emit dataSetsChanged();
    if (timeline)
        emit timelineChanged();
}

Incident IncidentDocument::withPending(Incident fresh)
{
    for (Edit& edit : m_pending) {
        if (edit.rebase)
            edit.rebase(fresh);
        edit.redo.store(fresh);
    }
    return fresh;
}

void IncidentDocument::show(Incident incident)
{
    const Incident old = std::exchange(m_incident, std::move(incident));
    for (const IncidentFieldSpec& spec : incidentFields())
        if (fieldToStorage(spec.type, spec.get(old)) != fieldToStorage(spec.type, spec.get(m_incident)))
            emit incidentFieldChanged(spec.name());
    if (old.dataSets != m_incident.dataSets)
        emit dataSetsChanged();
    if (old.timeline != m_incident.timeline)
        emit timelineChanged();
    for (NarrativeSection section : allNarrativeSections()) {
        const auto ofSection = [section](const Incident& incident) {
            QList<Narrative> list;
            for (const Narrative& n : incident.narratives)
                if (n.section == section)
                    list << n;
            return list;
        };
        if (ofSection(old) != ofSection(m_incident))
            emit narrativeChanged(section);
    }
    if (old.consignors != m_incident.consignors || old.confidentialTexts != m_incident.confidentialTexts)
        emit readersChanged();
}

void IncidentDocument::refreshFromStorage()
{
    if (!isLoaded() || m_retrying)
        return;
    StorageError error;
    const qint64 change = lastChange(&error);
    if (error || change == m_lastChange)
        return;
    std::optional<Incident> fresh = IncidentRepository(m_db).load(m_incident.id, &error);
    if (!fresh) {
        if (error.kind == StorageError::NotFound)
            emit removedElsewhere();
        return;
    }
    m_lastChange = change;
    m_undo.clear();
    show(withPending(*fresh));
}

void IncidentDocument::announce(bool list)
{
    m_workspace->announce(m_incident.id,
                          list ? Change::Incident | Change::IncidentList : Changes(Change::Incident));
}

bool IncidentDocument::refuse(const QString& message)
{
    fail(StorageError::make(StorageError::Invalid, message));
    return false;
}

void IncidentDocument::fail(const StorageError& error)
{
    // The database is the truth: re-read it so that the screen never shows an edit that was not saved (edits
    // that wait for the workspace stay on top).
    StorageError ignored;
    if (std::optional<Incident> fresh = IncidentRepository(m_db).load(m_incident.id, &ignored)) {
        m_incident = withPending(*fresh);
        emit loaded();
    }
    emit storageFailed(error);
}

bool IncidentDocument::setIncidentField(const QString& key, const QVariant& value)
{
    const IncidentFieldSpec* spec = incidentField(key);
    if (!spec)
        return false;
    if (const QString why = fieldProblem(*spec, value); !why.isEmpty())
        return refuse(why);
    const QVariant before = spec->get(m_incident);
    if (fieldToStorage(spec->type, before) == fieldToStorage(spec->type, value))
        return true;
    const qint64 id = m_incident.id;
    auto old = std::make_shared<QVariant>(before);
    Edit edit;
    edit.text = tr("Edit %1").arg(key);
    edit.mergeKey = spec->type == FieldType::Text ? QStringLiteral("incident:") + key : QString();
    edit.redo = {[this, id, key, value](StorageError* err) {
                     return IncidentRepository(m_db).setIncidentField(id, key, value, err);
                 },
                 [spec, value](Incident& incident) { spec->set(incident, value); }};
    edit.undo = {[this, id, key, old](StorageError* err) {
                     return IncidentRepository(m_db).setIncidentField(id, key, *old, err);
                 },
                 [spec, old](Incident& incident) { spec->set(incident, *old); }};
    edit.rebase = [spec, old](const Incident& incident) { *old = spec->get(incident); };
    edit.notify = [this, key] {
        emit incidentFieldChanged(key);
        if (key.startsWith(QLatin1String("title")) || key == QLatin1String("code") ||
            key == QLatin1String("status"))
            announce(true);
    };
    edit.what = tr("Incident, %1").arg(QString::fromLatin1(spec->jsonPath));
    edit.value = fieldDisplay(spec->type, value);
    return apply(std::move(edit));
}

bool IncidentDocument::setDataSetField(qint64 dataSetId, const QString& key, const QVariant& value)
{
    const DataSet* current = dataSet(dataSetId);
    const DataSetFieldSpec* spec = dataSetField(key);
    if (!current || !spec)
        return false;
    if (const QString why = fieldProblem(*spec, value); !why.isEmpty())
        return refuse(why);
    const QVariant before = spec->get(*current);
    if (fieldToStorage(spec->type, before) == fieldToStorage(spec->type, value))
        return true;
    const qint64 id = current->id;
    auto old = std::make_shared<QVariant>(before);
    auto write = [this, id, key](std::shared_ptr<QVariant> v) {
        return [this, id, key, v](StorageError* err) {
            return IncidentRepository(m_db).setDataSetField(resolve(id), key, *v, err);
        };
    };
    auto store = [this, id, spec](std::shared_ptr<QVariant> v) {
        return [this, id, spec, v](Incident& incident) {
            if (DataSet* ds = findDataSet(incident, resolve(id)))
                spec->set(*ds, *v);
        };
    };
    const auto next = std::make_shared<QVariant>(value);
    Edit edit;
    edit.text = tr("Edit data set");
    edit.mergeKey = spec->type == FieldType::Text || spec->type == FieldType::OptionalInt
                        ? QStringLiteral("data_set:%1:%2").arg(id).arg(key)
                        : QString();
    edit.redo = {write(next), store(next)};
    edit.undo = {write(old), store(old)};
    edit.rebase = [this, id, spec, old](const Incident& incident) {
        if (const DataSet* ds = findDataSet(incident, resolve(id)))
            *old = spec->get(*ds);
    };
    edit.notify = [this] { emit dataSetsChanged(); };
    edit.what = tr("Data set %1, %2").arg(current->groupKey, QString::fromLatin1(spec->jsonPath));
    edit.value = fieldDisplay(spec->type, value);
    return apply(std::move(edit));
}

bool IncidentDocument::setDataSetItems(qint64 dataSetId, const QStringList& itemKeys)
{
    const DataSet* current = dataSet(dataSetId);
    if (!current || current->itemKeys == itemKeys)
        return current != nullptr;
    const qint64 id = current->id;
    auto old = std::make_shared<QStringList>(current->itemKeys);
    auto write = [this, id](std::shared_ptr<QStringList> keys) {
        return [this, id, keys](StorageError* err) {
            return IncidentRepository(m_db).setDataSetItems(resolve(id), *keys, err);
        };
    };
    auto store = [this, id](std::shared_ptr<QStringList> keys) {
        return [this, id, keys](Incident& incident) {
            if (DataSet* ds = findDataSet(incident, resolve(id)))
                ds->itemKeys = *keys;
        };
    };
    const auto next = std::make_shared<QStringList>(itemKeys);
    Edit edit;
    edit.text = tr("Change data items");
    edit.redo = {write(next), store(next)};
    edit.undo = {write(old), store(old)};
    edit.rebase = [this, id, old](const Incident& incident) {
        if (const DataSet* ds = findDataSet(incident, resolve(id)))
            *old = ds->itemKeys;
    };
    edit.notify = [this] { emit dataSetsChanged(); };
    edit.what = tr("Data set %1, data items").arg(current->groupKey);
    edit.value = itemKeys.join(QStringLiteral(", "));
    return apply(std::move(edit));
}

bool IncidentDocument::addDataSet(const DataSet& dataSet, qint64* newId)
{
    for (const DataSetFieldSpec& f : dataSetFields())
        if (const QString why = fieldProblem(f, f.get(dataSet)); !why.isEmpty())
            return refuse(why);
    auto row = std::make_shared<DataSet>(dataSet);
    row->id = provisionalId(); // until the database gives it one
    if (row->position == 0 && !m_incident.dataSets.isEmpty())
        row->position = m_incident.dataSets.constLast().position + 1;
    const qint64 incidentId = m_incident.id;
    Edit edit;
    edit.text = tr("Add data set");
    edit.redo.write = [this, incidentId, row](StorageError* err) {
        DataSet copy = *row; // keeps its id after the first insert, so redo after undo restores the same row
        const qint64 provisional = copy.id < 0 ? copy.id : 0;
        if (provisional)
            copy.id = 0;
        if (!IncidentRepository(m_db).insertDataSet(incidentId, copy, err))
            return false;
        row->id = copy.id;
        if (provisional)
            m_aliases.insert(provisional, copy.id);
        return true;
    };
    edit.redo.store = [this, row](Incident& incident) {
        DataSet copy = *row;
        copy.id = resolve(copy.id);
        putDataSet(incident, copy);
    };
    edit.undo.write = [this, row](StorageError* err) {
        return IncidentRepository(m_db).removeDataSet(resolve(row->id), err);
    };
    edit.undo.store = [this, row](Incident& incident) { dropDataSet(incident, resolve(row->id)); };
    edit.notify = [this] { emit dataSetsChanged(); };
    edit.what = tr("New data set");
    edit.value = dataSet.groupKey;
    if (!apply(std::move(edit)))
        return false;
    if (newId)
        *newId = resolve(row->id);
    return true;
}

bool IncidentDocument::removeDataSet(qint64 dataSetId)
{
    const DataSet* current = dataSet(dataSetId);
    if (!current)
        return false;
    const qint64 id = current->id;
    auto snapshot = std::make_shared<DataSet>(*current);
    const qint64 incidentId = m_incident.id;
    Edit edit;
    edit.text = tr("Delete data set");
    edit.redo = {
        [this, id](StorageError* err) { return IncidentRepository(m_db).removeDataSet(resolve(id), err); },
        [this, id](Incident& incident) { dropDataSet(incident, resolve(id)); }};
    edit.undo = {[this, incidentId, snapshot](StorageError* err) {
                     DataSet copy = *snapshot;
                     copy.id = resolve(copy.id);
                     return IncidentRepository(m_db).insertDataSet(incidentId, copy, err);
                 },
                 [this, snapshot](Incident& incident) {
                     DataSet copy = *snapshot;
                     copy.id = resolve(copy.id);
                     putDataSet(incident, copy);
                 }};
    edit.rebase = [this, id, snapshot](const Incident& incident) {
        if (const DataSet* ds = findDataSet(incident, resolve(id)))
            *snapshot = *ds;
    };
    edit.notify = [this] { emit dataSetsChanged(); };
    edit.what = tr("Delete data set");
    edit.value = current->groupKey;
    return apply(std::move(edit));
}

bool IncidentDocument::setTimelineField(qint64 eventId, const QString& key, const QVariant& value)
{
    const TimelineEvent* current = timelineEvent(eventId);
    const TimelineFieldSpec* spec = timelineField(key);
    if (!current || !spec)
        return false;
    if (const QString why = fieldProblem(*spec, value); !why.isEmpty())
        return refuse(why);
    const QVariant before = spec->get(*current);
    if (fieldToStorage(spec->type, before) == fieldToStorage(spec->type, value))
        return true;
    const qint64 id = current->id;
    auto old = std::make_shared<QVariant>(before);
    auto write = [this, id, key](std::shared_ptr<QVariant> v) {
        return [this, id, key, v](StorageError* err) {
            return IncidentRepository(m_db).setTimelineField(resolve(id), key, *v, err);
        };
    };
    auto store = [this, id, spec](std::shared_ptr<QVariant> v) {
        return [this, id, spec, v](Incident& incident) {
            if (TimelineEvent* e = findEvent(incident, resolve(id))) {
                spec->set(*e, *v);
                sortTimeline(incident);
            }
        };
    };
    const auto next = std::make_shared<QVariant>(value);
    Edit edit;
    edit.text = tr("Edit timeline event");
    edit.mergeKey =
        spec->type == FieldType::Text ? QStringLiteral("timeline:%1:%2").arg(id).arg(key) : QString();
    edit.redo = {write(next), store(next)};
    edit.undo = {write(old), store(old)};
    edit.rebase = [this, id, spec, old](const Incident& incident) {
        if (const TimelineEvent* e = findEvent(incident, resolve(id)))
            *old = spec->get(*e);
    };
    edit.notify = [this] { emit timelineChanged(); };
    edit.what = tr("Timeline event of %1, %2")
                    .arg(fieldDisplay(FieldType::DateTime, current->at), QString::fromLatin1(spec->jsonPath));
    edit.value = fieldDisplay(spec->type, value);
    return apply(std::move(edit));
}

bool IncidentDocument::addTimelineEvent(const TimelineEvent& event, qint64* newId)
{
    for (const TimelineFieldSpec& f : timelineFields())
        if (const QString why = fieldProblem(f, f.get(event)); !why.isEmpty())
            return refuse(why);
    auto row = std::make_shared<TimelineEvent>(event);
    row->id = provisionalId(); // until the database gives it one
    const qint64 incidentId = m_incident.id;
    Edit edit;
    edit.text = tr("Add timeline event");
    edit.redo.write = [this, incidentId, row](StorageError* err) {
        TimelineEvent copy = *row;
        const qint64 provisional = copy.id < 0 ? copy.id : 0;
        if (provisional)
            copy.id = 0;
        if (!IncidentRepository(m_db).insertTimelineEvent(incidentId, copy, err))
            return false;
        row->id = copy.id;
        if (provisional)
            m_aliases.insert(provisional, copy.id);
        return true;
    };
    edit.redo.store = [this, row](Incident& incident) {
        TimelineEvent copy = *row;
        copy.id = resolve(copy.id);
        putEvent(incident, copy);
    };
    edit.undo.write = [this, row](StorageError* err) {
        return IncidentRepository(m_db).removeTimelineEvent(resolve(row->id), err);
    };
    edit.undo.store = [this, row](Incident& incident) { dropEvent(incident, resolve(row->id)); };
    edit.notify = [this] { emit timelineChanged(); };
    edit.what = tr("New timeline event");
    edit.value = fieldDisplay(FieldType::DateTime, event.at);
    if (!apply(std::move(edit)))
        return false;
    if (newId)
        *newId = resolve(row->id);
    return true;
}

bool IncidentDocument::removeTimelineEvent(qint64 eventId)
{
    const TimelineEvent* current = timelineEvent(eventId);
    if (!current)
        return false;
    const qint64 id = current->id;
    auto snapshot = std::make_shared<TimelineEvent>(*current);
    const qint64 incidentId = m_incident.id;
    Edit edit;
    edit.text = tr("Delete timeline event");
    edit.redo = {[this, id](StorageError* err) {
                     return IncidentRepository(m_db).removeTimelineEvent(resolve(id), err);
                 },
                 [this, id](Incident& incident) { dropEvent(incident, resolve(id)); }};
    edit.undo = {[this, incidentId, snapshot](StorageError* err) {
                     TimelineEvent copy = *snapshot;
                     copy.id = resolve(copy.id);
                     return IncidentRepository(m_db).insertTimelineEvent(incidentId, copy, err);
                 },
                 [this, snapshot](Incident& incident) {
                     TimelineEvent copy = *snapshot;
                     copy.id = resolve(copy.id);
                     putEvent(incident, copy);
                 }};
    edit.rebase = [this, id, snapshot](const Incident& incident) {
        if (const TimelineEvent* e = findEvent(incident, resolve(id)))
            *snapshot = *e;
    };
    edit.notify = [this] { emit timelineChanged(); };
    edit.what = tr("Delete timeline event");
    edit.value = QStringLiteral("%1 %2 / %3")
                     .arg(fieldDisplay(FieldType::DateTime, current->at), current->textJa, current->textEn);
    return apply(std::move(edit));
}

bool IncidentDocument::writeNarrative(qint64 incidentId, const Narrative& narrative, StorageError* error)
{
    return IncidentRepository(m_db).setNarrative(incidentId, narrative, error);
}

bool IncidentDocument::setNarrativeText(NarrativeSection section, Lang lang, const QString& text,
                                        const QString& audience)
{
    if (!isLoaded() || !isValidAudience(audience))
        return false;
    const Narrative currentValue = narrativeOf(m_incident, section, audience);
    const Narrative* current = &currentValue;
    if (current->text(lang) == text)
        return true;
    if (const QString why = TextLimits::tooLong(
            tr("The narrative “%1” (%2)").arg(narrativeSectionKey(section), langKey(lang)), text,
            TextLimit::Narrative);
        !why.isEmpty())
        return refuse(why);
    const qint64 incidentId = m_incident.id;
    auto before = std::make_shared<Narrative>(*current);
    auto after = std::make_shared<Narrative>(current->edited(lang, text));
    Edit edit;
    edit.text = tr("Edit narrative");
    edit.mergeKey =
        QStringLiteral("narrative:%1:%2:%3").arg(narrativeSectionKey(section), langKey(lang), audience);
    edit.redo = {
        [this, incidentId, after](StorageError* err) { return writeNarrative(incidentId, *after, err); },
        [after](Incident& incident) { putNarrative(incident, *after); }};
    edit.undo = {
        [this, incidentId, before](StorageError* err) { return writeNarrative(incidentId, *before, err); },
        [before](Incident& incident) { putNarrative(incident, *before); }};
    // The other language may have changed meanwhile: the edit is this side's text, the rest is re-read.
    edit.rebase = [before, after, section, lang, text, audience](const Incident& incident) {
        *before = narrativeOf(incident, section, audience);
        *after = before->edited(lang, text);
    };
    edit.notify = [this, section] { emit narrativeChanged(section); };
    edit.what = tr("Narrative %1 (%2)").arg(narrativeSectionKey(section), langKey(lang));
    edit.value = text;
    return apply(std::move(edit));
}

bool IncidentDocument::confirmNarrative(NarrativeSection section, Lang lang, const QString& audience)
{
    if (!isLoaded())
        return false;
    const Narrative currentValue = narrativeOf(m_incident, section, audience);
    const Narrative* current = &currentValue;
    if (!current->needsUpdate(lang))
        return true;
    const qint64 incidentId = m_incident.id;
    auto before = std::make_shared<Narrative>(*current);
    auto after = std::make_shared<Narrative>(current->confirmed(lang));
    Edit edit;
    edit.text = tr("Confirm translation");
    edit.redo = {
        [this, incidentId, after](StorageError* err) { return writeNarrative(incidentId, *after, err); },
        [after](Incident& incident) { putNarrative(incident, *after); }};
    edit.undo = {
        [this, incidentId, before](StorageError* err) { return writeNarrative(incidentId, *before, err); },
        [before](Incident& incident) { putNarrative(incident, *before); }};
    edit.rebase = [before, after, section, lang, audience](const Incident& incident) {
        *before = narrativeOf(incident, section, audience);
        *after = before->confirmed(lang);
    };
    edit.notify = [this, section] { emit narrativeChanged(section); };
    edit.what = tr("Narrative %1 (%2): still correct").arg(narrativeSectionKey(section), langKey(lang));
    edit.value = current->text(lang);
    return apply(std::move(edit));
}

bool IncidentDocument::setConsignorNames(const QList<ConsignorNames>& names)
{
    if (!isLoaded())
        return false;
    if (names == m_incident.consignors)
        return true;
    for (const ConsignorNames& c : names)
        for (const QString& alias : c.aliases)
            if (const QString why = TextMatcher::problem(alias); !why.isEmpty())
                return refuse(tr("The abbreviation “%1” of %2 %3.").arg(alias, c.name, why));
    const qint64 incidentId = m_incident.id;
    auto before = std::make_shared<QList<ConsignorNames>>(m_incident.consignors);
    const auto after = std::make_shared<const QList<ConsignorNames>>(names);
    Edit edit;
    edit.text = tr("Edit the consignor clients' names");
    edit.redo = {[this, incidentId, after](StorageError* err) {
                     return ReaderRecords(m_db).setConsignorNames(incidentId, *after, err);
                 },
                 [after](Incident& incident) { incident.consignors = *after; }};
    edit.undo = {[this, incidentId, before](StorageError* err) {
                     return ReaderRecords(m_db).setConsignorNames(incidentId, *before, err);
                 },
                 [before](Incident& incident) { incident.consignors = *before; }};
    edit.rebase = [before](const Incident& incident) { *before = incident.consignors; };
    edit.notify = [this] { emit readersChanged(); };
    edit.what = tr("Consignor clients' names");
    edit.value = consignorNamesText(names);
    return apply(std::move(edit));
}

bool IncidentDocument::setConfidentialTexts(const QList<ConfidentialText>& texts)
{
    if (!isLoaded())
        return false;
    if (texts == m_incident.confidentialTexts)
        return true;
    for (const ConfidentialText& c : texts) {
        if (const QString why = TextMatcher::problem(c.text); !why.isEmpty())
            return refuse(tr("The confidential text “%1” %2.").arg(c.text, why));
        if (c.audience.isEmpty() || !isValidAudience(c.audience))
            return refuse(tr("The confidential text “%1” needs the reader it is meant for.").arg(c.text));
    }
    const qint64 incidentId = m_incident.id;
    auto before = std::make_shared<QList<ConfidentialText>>(m_incident.confidentialTexts);
    const auto after = std::make_shared<const QList<ConfidentialText>>(texts);
    Edit edit;
    edit.text = tr("Edit the confidential text");
    edit.redo = {[this, incidentId, after](StorageError* err) {
                     return ReaderRecords(m_db).setConfidentialTexts(incidentId, *after, err);
                 },
                 [after](Incident& incident) { incident.confidentialTexts = *after; }};
    edit.undo = {[this, incidentId, before](StorageError* err) {
                     return ReaderRecords(m_db).setConfidentialTexts(incidentId, *before, err);
                 },
                 [before](Incident& incident) { incident.confidentialTexts = *before; }};
    edit.rebase = [before](const Incident& incident) { *before = incident.confidentialTexts; };
    edit.notify = [this] { emit readersChanged(); };
    edit.what = tr("Confidential text");
    edit.value = confidentialTextsText(texts);
    return apply(std::move(edit));
}

} // namespace bd
