// Recipients and their groups: read, edited, included or excluded, removed, imported and exported — the one
// way the window and the command line reach them. Every write is audited (recipientrepository.h) and
// announced as Change::Recipients for the group's incident; what the user does in the window (a cell edit,
// include/exclude, "not a duplicate", a delete, a group's settings, a whole import) is also one step on the
// workspace's undo history, whose undo and redo write through the same repository with their audit entries
// (recipientundo.h).
//
// The repository's types (RecipientGroup, RecipientQuery, ImportCommit …) come with this header for now.
#pragma once

#include "recipientexport.h"
#include "recipientrepository.h"
#include "recordedexport.h"

#include <QObject>

class QUndoCommand;

namespace bd {

class Workspace;

class RecipientService : public QObject
{
    Q_OBJECT
public:
    explicit RecipientService(Workspace& workspace) : m_workspace(workspace) {}

    // Groups.
    // Creates the built-in groups when missing (announced only when any was created).
    bool ensureBuiltinGroups(qint64 incidentId, StorageError* error);
    QList<RecipientGroup> groups(qint64 incidentId, StorageError* error) const;
    std::optional<RecipientGroup> group(qint64 groupId, StorageError* error) const;
    std::optional<RecipientGroup> groupByKey(qint64 incidentId, const QString& key,
                                             StorageError* error) const;
    bool addGroup(RecipientGroup& group, StorageError* error);
    // The group's labels, kind, channel, default language and linked data sets (its remembered mapping and
    // key stay): undoable. Settings equal to the stored ones write nothing.
    bool updateGroup(const RecipientGroup& group, StorageError* error);
    bool removeGroup(qint64 groupId, StorageError* error); // not undoable: the page asks first

    // Recipients (RecipientRepository says what each returns).
    int count(qint64 groupId, const QString& search, bool includeExcluded, StorageError* error) const;
    int count(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    int possibleDuplicateCount(qint64 groupId, StorageError* error) const;
    QList<Recipient> page(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    QList<qint64> ids(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    QList<Recipient> recipients(const QList<qint64>& ids, StorageError* error) const;
    std::optional<Recipient> recipient(qint64 id, StorageError* error) const;
    QStringList customFieldNames(qint64 groupId, StorageError* error) const;
    bool forEach(qint64 groupId, bool includeExcluded, const std::function<bool(const Recipient&)>& visit,
                 StorageError* error) const;
    // The index of recipient `id` among the group's included recipients in id order (the Documents page's
    // preview order), or -1.
    int previewIndex(qint64 groupId, qint64 id, StorageError* error) const;

    // Undoable writes. A value equal to the stored one, or recipients already in that state, write nothing.
    bool setField(qint64 recipientId, const QString& field, const QString& value, StorageError* error);
    bool setExcluded(const QList<qint64>& ids, bool excluded, StorageError* error);
    bool remove(const QList<qint64>& ids, StorageError* error);
    // "Not a duplicate": clears the possible-duplicate marks (undo marks them again).
    bool clearPossibleDuplicate(const QList<qint64>& ids, StorageError* error);

    // Imports.
    ImportOptions importOptions(const RecipientGroup& group, const QString& sourceFile,
                                StorageError* error) const;
    // Saves an import on the workspace's connection (RecipientRepository::commitImport); what it inserted is
    // one undo step.
    bool commitImport(qint64 groupId, QList<Recipient>& rows, const ImportCommit& commit,
                      ImportCommitOutcome* outcome, StorageError* error, const InsertProgress& progress = {});
    // The same on a connection of the caller's own (a worker thread's: a QtSql connection serves only the
    // thread that opened it). Call importSaved() on the workspace's thread afterwards.
    static bool writeImport(Database& connection, qint64 groupId, QList<Recipient>& rows,
                            const ImportCommit& commit, ImportCommitOutcome* outcome, StorageError* error,
                            const InsertProgress& progress = {});
    // Makes a saved import (the rows it inserted, with their ids) one undo step and announces it.
    void importSaved(qint64 groupId, const QList<Recipient>& inserted, const QString& sourceLabel);

    // Exports. Writes the group's included recipients to `path` and describes the file in `record`, for use
    // inside a recorded export (recordedexport.h); `storage` says why reading them failed.
    RecipientFileResult writeGroupFile(const RecipientGroup& group, const QString& incidentCode,
                                       const QString& path, RecipientFileFormat format,
                                       QStringView headerLanguage, ExportRecord* record,
                                       StorageError* storage) const;
    // The same as one recorded export.
    RecordedExport exportGroup(const RecipientGroup& group, const QString& incidentCode, const QString& path,
                               RecipientFileFormat format, QStringView headerLanguage,
                               RecipientFileResult* result, StorageError* storage) const;

    // For the undo steps (recipientundo.h): announces a change of the group's recipients.
    void announceGroup(qint64 groupId);
    void reportFailure(const StorageError& error) { emit undoFailed(error); }
    Database& database();

signals:
    // An undo or redo could not be written (the step is dropped from the history; the views show what the
    // workspace holds).
    void undoFailed(const bd::StorageError& error);

private:
    void push(QUndoCommand* step);

    Workspace& m_workspace;
};

} // namespace bd
