#include "recipientservice.h"

#include "recipientcursor.h"
#include "recipientundo.h"
#include "workspace.h"

#include <QUndoStack>

#include <memory>

namespace bd {

namespace {

// The settings updateGroup() writes, from `settings`, over the rest of `stored` (mapping, key, position).
RecipientGroup withSettings(RecipientGroup stored, const RecipientGroup& settings)
{
    stored.labelJa = settings.labelJa;
    stored.labelEn = settings.labelEn;
    stored.organisations = settings.organisations;
    stored.channel = settings.channel;
    stored.defaultLanguage = settings.defaultLanguage;
    stored.dataSetIds = settings.dataSetIds;
    return stored;
}

bool sameSettings(const RecipientGroup& a, const RecipientGroup& b)
{
    return a.labelJa == b.labelJa && a.labelEn == b.labelEn && a.organisations == b.organisations &&
           a.channel == b.channel && a.defaultLanguage == b.defaultLanguage && a.dataSetIds == b.dataSetIds;
}

StorageError notFound()
{
    return StorageError::make(StorageError::NotFound, StorageError::tr("The recipient no longer exists."));
}

} // namespace

Database& RecipientService::database()
{
    return m_workspace.database();
}

void RecipientService::announceGroup(qint64 groupId)
{
    StorageError error;
    const auto g = RecipientRepository(m_workspace.database()).group(groupId, &error);
    m_workspace.announce(g ? g->incidentId : 0, Change::Recipients);
}

void RecipientService::push(QUndoCommand* step)
{
    if (QUndoStack* stack = m_workspace.undoStack())
        stack->push(step);
    else
        delete step;
}

bool RecipientService::ensureBuiltinGroups(qint64 incidentId, StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    const qsizetype before = repo.groups(incidentId, error).size();
    if (*error || !repo.ensureBuiltinGroups(incidentId, error))
        return false;
    if (repo.groups(incidentId, error).size() != before)
        m_workspace.announce(incidentId, Change::Recipients);
    return true;
}

QList<RecipientGroup> RecipientService::groups(qint64 incidentId, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).groups(incidentId, error);
}

std::optional<RecipientGroup> RecipientService::group(qint64 groupId, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).group(groupId, error);
}

std::optional<RecipientGroup> RecipientService::groupByKey(qint64 incidentId, const QString& key,
                                                           StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).groupByKey(incidentId, key, error);
}

bool RecipientService::addGroup(RecipientGroup& group, StorageError* error)
{
    if (!RecipientRepository(m_workspace.database()).addGroup(group, error))
        return false;
    m_workspace.announce(group.incidentId, Change::Recipients);
    return true;
}

bool RecipientService::updateGroup(const RecipientGroup& group, StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    const std::optional<RecipientGroup> stored = repo.group(group.id, error);
    if (!stored)
        return false;
    if (sameSettings(*stored, group))
        return true;
    if (!repo.updateGroup(withSettings(*stored, group), error))
        return false;
    const qint64 id = group.id;
    const auto write = [this, id](const RecipientGroup& settings, StorageError* err) {
        RecipientRepository r(m_workspace.database());
        const std::optional<RecipientGroup> now = r.group(id, err);
        return now && r.updateGroup(withSettings(*now, settings), err);
    };
    push(new RecipientStep(
        *this, id, tr("Change the settings of a recipient group"),
        [write, before = *stored](StorageError* err) { return write(before, err); },
        [write, after = group](StorageError* err) { return write(after, err); }));
    m_workspace.announce(stored->incidentId, Change::Recipients);
    return true;
}

bool RecipientService::removeGroup(qint64 groupId, StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    const std::optional<RecipientGroup> g = repo.group(groupId, error);
    if (!g || !repo.removeGroup(groupId, error))
        return false;
    m_workspace.announce(g->incidentId, Change::Recipients);
    return true;
}

int RecipientService::count(qint64 groupId, const QString& search, bool includeExcluded,
                            StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).count(groupId, search, includeExcluded, error);
}

int RecipientService::count(qint64 groupId, const RecipientQuery& query, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).count(groupId, query, error);
}

int RecipientService::possibleDuplicateCount(qint64 groupId, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).possibleDuplicateCount(groupId, error);
}

QList<Recipient> RecipientService::page(qint64 groupId, const RecipientQuery& query,
                                        StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).page(groupId, query, error);
}

QList<qint64> RecipientService::ids(qint64 groupId, const RecipientQuery& query, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).ids(groupId, query, error);
}

QList<Recipient> RecipientService::recipients(const QList<qint64>& ids, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).recipients(ids, error);
}

std::optional<Recipient> RecipientService::recipient(qint64 id, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).recipient(id, error);
}

QStringList RecipientService::customFieldNames(qint64 groupId, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).customFieldNames(groupId, error);
}

bool RecipientService::forEach(qint64 groupId, bool includeExcluded,
                               const std::function<bool(const Recipient&)>& visit, StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).forEach(groupId, includeExcluded, visit, error);
}

int RecipientService::previewIndex(qint64 groupId, qint64 id, StorageError* error) const
{
    return RecipientCursor::indexOf(m_workspace.database(), groupId, id, error);
}

bool RecipientService::setField(qint64 recipientId, const QString& field, const QString& value,
                                StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    const std::optional<Recipient> before = repo.recipient(recipientId, error);
    if (!before) {
        if (!*error)
            *error = notFound();
        return false;
    }
    const QString old = recipientValue(*before, field);
    if (old == value)
        return true;
    if (!repo.setField(recipientId, field, value, error))
        return false;
    const auto write = [this, recipientId, field](const QString& v, StorageError* err) {
        return RecipientRepository(m_workspace.database()).setField(recipientId, field, v, err);
    };
    push(new RecipientStep(
        *this, before->groupId, tr("Edit a recipient"),
        [write, old](StorageError* err) { return write(old, err); },
        [write, value](StorageError* err) { return write(value, err); }));
    announceGroup(before->groupId);
    return true;
}

bool RecipientService::setExcluded(const QList<qint64>& ids, bool excluded, StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    QList<qint64> changing;
    qint64 groupId = 0;
    for (const Recipient& r : repo.recipients(ids, error)) {
        groupId = r.groupId;
        if (r.excluded != excluded)
            changing.append(r.id);
    }
    if (*error)
        return false;
    if (changing.isEmpty())
        return true;
    if (!repo.setExcluded(changing, excluded, error))
        return false;
    const auto write = [this, changing](bool state, StorageError* err) {
        return RecipientRepository(m_workspace.database()).setExcluded(changing, state, err);
    };
    const int n = int(changing.size());
    push(new RecipientStep(
        *this, groupId,
        excluded ? tr("Exclude %n recipient(s)", nullptr, n) : tr("Include %n recipient(s)", nullptr, n),
        [write, excluded](StorageError* err) { return write(!excluded, err); },
        [write, excluded](StorageError* err) { return write(excluded, err); }));
    announceGroup(groupId);
    return true;
}

namespace {
// Recipients taken out by a step and put back by its undo (or the other way round for an import).
struct Taken
{
    QList<qint64> ids;
    RemovedRecipients removed;
};

bool takeOut(Database& db, Taken& taken, StorageError* error)
{
    return RecipientRepository(db).remove(taken.ids, error, &taken.removed);
}

bool putBack(Database& db, Taken& taken, StorageError* error)
{
    if (!RecipientRepository(db).restore(taken.removed, error))
        return false;
    taken.removed = {}; // the rows are in the workspace again: not held twice
    return true;
}
} // namespace

bool RecipientService::remove(const QList<qint64>& ids, StorageError* error)
{
    auto taken = std::make_shared<Taken>();
    taken->ids = ids;
    if (!takeOut(m_workspace.database(), *taken, error))
        return false;
    if (taken->removed.rows.isEmpty())
        return true;
    const qint64 groupId = taken->removed.groupId;
    push(new RecipientStep(
        *this, groupId, tr("Delete %n recipient(s)", nullptr, int(taken->removed.rows.size())),
        [this, taken](StorageError* err) { return putBack(m_workspace.database(), *taken, err); },
        [this, taken](StorageError* err) { return takeOut(m_workspace.database(), *taken, err); }));
    announceGroup(groupId);
    return true;
}

bool RecipientService::clearPossibleDuplicate(const QList<qint64>& ids, StorageError* error)
{
    RecipientRepository repo(m_workspace.database());
    QList<Recipient> marked = repo.recipients(ids, error);
    if (*error)
        return false;
    marked.removeIf([](const Recipient& r) { return !r.possibleDuplicate; });
    if (marked.isEmpty())
        return true;
    if (!repo.clearPossibleDuplicate(ids, error))
        return false;
    QList<qint64> cleared;
    for (const Recipient& r : std::as_const(marked))
        cleared.append(r.id);
    const qint64 groupId = marked.constFirst().groupId;
    push(new RecipientStep(
        *this, groupId, tr("Mark %n recipient(s) as not a duplicate", nullptr, int(marked.size())),
        [this, marked](StorageError* err) {
            return RecipientRepository(m_workspace.database()).restorePossibleDuplicates(marked, err);
        },
        [this, cleared](StorageError* err) {
            return RecipientRepository(m_workspace.database()).clearPossibleDuplicate(cleared, err);
        }));
    announceGroup(groupId);
    return true;
}

ImportOptions RecipientService::importOptions(const RecipientGroup& group, const QString& sourceFile,
                                              StorageError* error) const
{
    return RecipientRepository(m_workspace.database()).importOptions(group, sourceFile, error);
}

bool RecipientService::commitImport(qint64 groupId, QList<Recipient>& rows, const ImportCommit& commit,
                                    ImportCommitOutcome* outcome, StorageError* error,
                                    const InsertProgress& progress)
{
    if (!writeImport(m_workspace.database(), groupId, rows, commit, outcome, error, progress))
        return false;
    importSaved(groupId, rows, commit.sourceLabel);
    return true;
}

bool RecipientService::writeImport(Database& connection, qint64 groupId, QList<Recipient>& rows,
                                   const ImportCommit& commit, ImportCommitOutcome* outcome,
                                   StorageError* error, const InsertProgress& progress)
{
    return RecipientRepository(connection).commitImport(groupId, rows, commit, outcome, error, progress);
}

void RecipientService::importSaved(qint64 groupId, const QList<Recipient>& inserted,
                                   const QString& sourceLabel)
{
    if (inserted.isEmpty())
        return; // nothing was written
    auto taken = std::make_shared<Taken>();
    taken->ids.reserve(inserted.size());
    for (const Recipient& r : inserted)
        taken->ids.append(r.id);
    push(new RecipientStep(
        *this, groupId, tr("Import %n recipient(s) from %1", nullptr, int(inserted.size())).arg(sourceLabel),
        [this, taken](StorageError* err) { return takeOut(m_workspace.database(), *taken, err); },
        [this, taken](StorageError* err) { return putBack(m_workspace.database(), *taken, err); }));
    announceGroup(groupId);
}

RecipientFileResult RecipientService::writeGroupFile(const RecipientGroup& group, const QString& incidentCode,
                                                     const QString& path, RecipientFileFormat format,
                                                     QStringView headerLanguage, ExportRecord* record,
                                                     StorageError* storage) const
{
    const RecipientRepository repo(m_workspace.database());
    const RecipientFileResult result = writeRecipientFile(
        path, format, headerLanguage,
        [&](const RecipientVisitor& visit) {
            return repo.forEach(group.id, false, visit, storage) && !*storage;
        },
        m_workspace.files());
    *record = {group.incidentId,
               incidentCode,
               QStringLiteral("recipients"),
               group.key + QStringLiteral(", ") + recipientFileFormatKey(format),
               result.rows,
               result.sha256};
    return result;
}

RecordedExport RecipientService::exportGroup(const RecipientGroup& group, const QString& incidentCode,
                                             const QString& path, RecipientFileFormat format,
                                             QStringView headerLanguage, RecipientFileResult* result,
                                             StorageError* storage) const
{
    return writeRecordedExport(m_workspace.database(), path, [&](ExportRecord* record) {
        *result = writeGroupFile(group, incidentCode, path, format, headerLanguage, record, storage);
        return result->ok() && !*storage;
    });
}

} // namespace bd
