#include "incidentdocument.h"

#include "fields.h"
#include "incidentrepository.h"
#include "textlimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUndoCommand>

namespace bd {

// One undoable edit: two closures that write to the database and update the document. The first redo() is
// skipped because the edit was applied before the command was pushed (so a failure never reaches the stack).
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(IncidentDocument* doc, const QString& text, const QString& mergeKey,
                  std::function<bool(StorageError*)> redo, std::function<bool(StorageError*)> undo)
        : QUndoCommand(text), m_doc(doc), m_mergeKey(mergeKey), m_redo(std::move(redo)),
          m_undo(std::move(undo))
    {
        m_age.start();
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeCommand*>(other);
        // Typing arrives as several saves; within a few seconds of the last one they are one undo step.
        if (next->m_mergeKey != m_mergeKey || m_age.elapsed() > MergeWindowMs)
            return false;
        m_redo = next->m_redo;
        m_age.restart();
        return true;
    }

    void redo() override
    {
        if (m_skipNextRedo) {
            m_skipNextRedo = false;
            return;
        }
        run(m_redo, Direction::Redo);
    }
    void undo() override
    {
        if (m_skipNextUndo) {
            m_skipNextUndo = false;
            return;
        }
        run(m_undo, Direction::Undo);
    }

    // After a failed undo (or redo) the stack has already moved; stepping back must not write again.
    void skipNext(Direction direction)
    {
        (direction == Direction::Redo ? m_skipNextRedo : m_skipNextUndo) = true;
    }

private:
    void run(const std::function<bool(StorageError*)>& f, Direction direction)
    {
        StorageError error;
        if (f(&error)) {
            emit m_doc->saved();
            return;
        }
        m_doc->m_repair = {this, direction};
        m_doc->fail(error);
    }

    static constexpr int MergeWindowMs = 3000;
    IncidentDocument* m_doc;
    QString m_mergeKey;
    std::function<bool(StorageError*)> m_redo, m_undo;
    QElapsedTimer m_age;
    bool m_skipNextRedo = true; // the edit was applied before the command was pushed
    bool m_skipNextUndo = false;
};

IncidentDocument::IncidentDocument(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
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
}

bool IncidentDocument::load(qint64 incidentId, StorageError* error)
{
    std::optional<Incident> incident = IncidentRepository(m_db).load(incidentId, error);
    if (!incident)
        return false;
    m_incident = *incident;
    m_undo.clear();
    emit loaded();
    return true;
}

void IncidentDocument::clear()
{
    m_incident = Incident();
    m_undo.clear();
    emit loaded();
}

const DataSet* IncidentDocument::dataSet(qint64 id) const
{
    for (const DataSet& ds : m_incident.dataSets)
        if (ds.id == id)
            return &ds;
    return nullptr;
}

const TimelineEvent* IncidentDocument::timelineEvent(qint64 id) const
{
    for (const TimelineEvent& e : m_incident.timeline)
        if (e.id == id)
            return &e;
    return nullptr;
}

bool IncidentDocument::apply(const QString& text, const QString& mergeKey,
                             std::function<bool(StorageError*)> redo, std::function<bool(StorageError*)> undo)
{
    StorageError error;
    if (!redo(&error)) {
        fail(error);
        return false;
    }
    m_undo.push(new ChangeCommand(this, text, mergeKey, std::move(redo), std::move(undo)));
    emit saved();
    return true;
}

bool IncidentDocument::refuse(const QString& message)
{
    fail(StorageError::make(StorageError::Invalid, message));
    return false;
}

void IncidentDocument::fail(const StorageError& error)
{
    // The database is the truth: re-read it so that the screen never shows an edit that was not saved.
    StorageError ignored;
    if (std::optional<Incident> fresh = IncidentRepository(m_db).load(m_incident.id, &ignored)) {
        m_incident = *fresh;
        emit loaded();
    }
    emit storageFailed(error);
}

void IncidentDocument::storeIncidentField(const QString& key, const QVariant& value)
{
    if (const IncidentFieldSpec* spec = incidentField(key))
        spec->set(m_incident, value);
    emit incidentFieldChanged(key);
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
    auto write = [this, id, key](const QVariant& v) {
        return [this, id, key, v](StorageError* err) {
            if (!IncidentRepository(m_db).setIncidentField(id, key, v, err))
                return false;
            storeIncidentField(key, v);
            return true;
        };
    };
    const bool text = spec->type == FieldType::Text;
    return apply(tr("Edit %1").arg(key), text ? QStringLiteral("incident:") + key : QString(), write(value),
                 write(before));
}

void IncidentDocument::storeDataSet(const DataSet& dataSet, bool insert)
{
    if (insert) {
        m_incident.dataSets.append(dataSet);
        std::stable_sort(m_incident.dataSets.begin(), m_incident.dataSets.end(),
                         [](const DataSet& a, const DataSet& b) { return a.position < b.position; });
    } else {
        for (DataSet& ds : m_incident.dataSets)
            if (ds.id == dataSet.id)
                ds = dataSet;
    }
    emit dataSetsChanged();
}

void IncidentDocument::eraseDataSet(qint64 id)
{
    m_incident.dataSets.removeIf([id](const DataSet& ds) { return ds.id == id; });
    emit dataSetsChanged();
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
    auto write = [this, dataSetId, key, spec](const QVariant& v) {
        return [this, dataSetId, key, spec, v](StorageError* err) {
            if (!IncidentRepository(m_db).setDataSetField(dataSetId, key, v, err))
                return false;
            if (const DataSet* ds = dataSet(dataSetId)) {
                DataSet copy = *ds;
                spec->set(copy, v);
                storeDataSet(copy, false);
            }
            return true;
        };
    };
    const QString merge = spec->type == FieldType::Text || spec->type == FieldType::OptionalInt
                              ? QStringLiteral("data_set:%1:%2").arg(dataSetId).arg(key)
                              : QString();
    return apply(tr("Edit data set"), merge, write(value), write(before));
}

bool IncidentDocument::setDataSetItems(qint64 dataSetId, const QStringList& itemKeys)
{
    const DataSet* current = dataSet(dataSetId);
    if (!current || current->itemKeys == itemKeys)
        return current != nullptr;
    auto write = [this, dataSetId](const QStringList& keys) {
        return [this, dataSetId, keys](StorageError* err) {
            if (!IncidentRepository(m_db).setDataSetItems(dataSetId, keys, err))
                return false;
            if (const DataSet* ds = dataSet(dataSetId)) {
                DataSet copy = *ds;
                copy.itemKeys = keys;
                storeDataSet(copy, false);
            }
            return true;
        };
    };
    return apply(tr("Change data items"), QString(), write(itemKeys), write(current->itemKeys));
}

bool IncidentDocument::addDataSet(const DataSet& dataSet, qint64* newId)
{
    for (const DataSetFieldSpec& f : dataSetFields())
        if (const QString why = fieldProblem(f, f.get(dataSet)); !why.isEmpty())
            return refuse(why);
    auto row = std::make_shared<DataSet>(dataSet);
    row->id = 0;
    if (row->position == 0 && !m_incident.dataSets.isEmpty())
        row->position = m_incident.dataSets.constLast().position + 1;
    const qint64 incidentId = m_incident.id;
    auto insert = [this, incidentId, row](StorageError* err) {
        DataSet copy = *row; // keeps its id after the first insert, so redo after undo restores the same row
        if (!IncidentRepository(m_db).insertDataSet(incidentId, copy, err))
            return false;
        row->id = copy.id;
        storeDataSet(copy, true);
        return true;
    };
    auto remove = [this, row](StorageError* err) {
        if (!IncidentRepository(m_db).removeDataSet(row->id, err))
            return false;
        eraseDataSet(row->id);
        return true;
    };
    if (!apply(tr("Add data set"), QString(), insert, remove))
        return false;
    if (newId)
        *newId = row->id;
    return true;
}

bool IncidentDocument::removeDataSet(qint64 dataSetId)
{
    const DataSet* current = dataSet(dataSetId);
    if (!current)
        return false;
    const DataSet snapshot = *current;
    const qint64 incidentId = m_incident.id;
    auto remove = [this, dataSetId](StorageError* err) {
        if (!IncidentRepository(m_db).removeDataSet(dataSetId, err))
            return false;
        eraseDataSet(dataSetId);
        return true;
    };
    auto restore = [this, incidentId, snapshot](StorageError* err) {
        DataSet copy = snapshot;
        if (!IncidentRepository(m_db).insertDataSet(incidentId, copy, err))
            return false;
        storeDataSet(copy, true);
        return true;
    };
    return apply(tr("Delete data set"), QString(), remove, restore);
}

void IncidentDocument::sortTimeline()
{
    std::stable_sort(m_incident.timeline.begin(), m_incident.timeline.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
}

void IncidentDocument::storeTimelineEvent(const TimelineEvent& event, bool insert)
{
    if (insert) {
        m_incident.timeline.append(event);
    } else {
        for (TimelineEvent& e : m_incident.timeline)
            if (e.id == event.id)
                e = event;
    }
    sortTimeline();
    emit timelineChanged();
}

void IncidentDocument::eraseTimelineEvent(qint64 id)
{
    m_incident.timeline.removeIf([id](const TimelineEvent& e) { return e.id == id; });
    emit timelineChanged();
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
    auto write = [this, eventId, key, spec](const QVariant& v) {
        return [this, eventId, key, spec, v](StorageError* err) {
            if (!IncidentRepository(m_db).setTimelineField(eventId, key, v, err))
                return false;
            if (const TimelineEvent* e = timelineEvent(eventId)) {
                TimelineEvent copy = *e;
                spec->set(copy, v);
                storeTimelineEvent(copy, false);
            }
            return true;
        };
    };
    const QString merge =
        spec->type == FieldType::Text ? QStringLiteral("timeline:%1:%2").arg(eventId).arg(key) : QString();
    return apply(tr("Edit timeline event"), merge, write(value), write(before));
}

bool IncidentDocument::addTimelineEvent(const TimelineEvent& event, qint64* newId)
{
    for (const TimelineFieldSpec& f : timelineFields())
        if (const QString why = fieldProblem(f, f.get(event)); !why.isEmpty())
            return refuse(why);
    auto row = std::make_shared<TimelineEvent>(event);
    row->id = 0;
    const qint64 incidentId = m_incident.id;
    auto insert = [this, incidentId, row](StorageError* err) {
        TimelineEvent copy = *row;
        if (!IncidentRepository(m_db).insertTimelineEvent(incidentId, copy, err))
            return false;
        row->id = copy.id;
        storeTimelineEvent(copy, true);
        return true;
    };
    auto remove = [this, row](StorageError* err) {
        if (!IncidentRepository(m_db).removeTimelineEvent(row->id, err))
            return false;
        eraseTimelineEvent(row->id);
        return true;
    };
    if (!apply(tr("Add timeline event"), QString(), insert, remove))
        return false;
    if (newId)
        *newId = row->id;
    return true;
}

bool IncidentDocument::removeTimelineEvent(qint64 eventId)
{
    const TimelineEvent* current = timelineEvent(eventId);
    if (!current)
        return false;
    const TimelineEvent snapshot = *current;
    const qint64 incidentId = m_incident.id;
    auto remove = [this, eventId](StorageError* err) {
        if (!IncidentRepository(m_db).removeTimelineEvent(eventId, err))
            return false;
        eraseTimelineEvent(eventId);
        return true;
    };
    auto restore = [this, incidentId, snapshot](StorageError* err) {
        TimelineEvent copy = snapshot;
        if (!IncidentRepository(m_db).insertTimelineEvent(incidentId, copy, err))
            return false;
        storeTimelineEvent(copy, true);
        return true;
    };
    return apply(tr("Delete timeline event"), QString(), remove, restore);
}

bool IncidentDocument::writeNarrative(const Narrative& narrative, StorageError* error)
{
    if (!IncidentRepository(m_db).setNarrative(m_incident.id, narrative, error))
        return false;
    for (Narrative& n : m_incident.narratives)
        if (n.section == narrative.section)
            n = narrative;
    emit narrativeChanged(narrative.section);
    return true;
}

bool IncidentDocument::setNarrativeText(NarrativeSection section, Lang lang, const QString& text)
{
    const Narrative* current = m_incident.narrative(section);
    if (!current || current->text(lang) == text)
        return current != nullptr;
    if (const QString why = TextLimits::tooLong(
            tr("The narrative “%1” (%2)").arg(narrativeSectionKey(section), langKey(lang)), text,
            TextLimit::Narrative);
        !why.isEmpty())
        return refuse(why);
    const Narrative before = *current;
    const Narrative after = before.edited(lang, text);
    return apply(
        tr("Edit narrative"),
        QStringLiteral("narrative:%1:%2").arg(narrativeSectionKey(section), langKey(lang)),
        [this, after](StorageError* err) { return writeNarrative(after, err); },
        [this, before](StorageError* err) { return writeNarrative(before, err); });
}

bool IncidentDocument::confirmNarrative(NarrativeSection section, Lang lang)
{
    const Narrative* current = m_incident.narrative(section);
    if (!current || !current->needsUpdate(lang))
        return current != nullptr;
    const Narrative before = *current;
    const Narrative after = before.confirmed(lang);
    return apply(
        tr("Confirm translation"), QString(),
        [this, after](StorageError* err) { return writeNarrative(after, err); },
        [this, before](StorageError* err) { return writeNarrative(before, err); });
}

} // namespace bd
