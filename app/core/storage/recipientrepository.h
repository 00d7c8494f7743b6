// Recipient groups of an incident and the people or organisations in them. Recipient data is personal data:
// the audit trail records that a recipient changed, never the values.
#pragma once

#include "database.h"
#include "importplan.h"
#include "recipient.h"

#include <QHash>
#include <QList>

#include <functional>

namespace bd {

struct RecipientGroup
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString key;
    QString labelJa, labelEn;
    bool organisations = false;               // letters use 御中 rather than 様
    QString channel = QStringLiteral("post"); // "post" or "email"
    QString defaultLanguage = QStringLiteral("ja");
    QString columnMapping; // JSON of the last import's mapping, remembered per group
    bool builtin = false;
    int position = 0;
    QList<qint64> dataSetIds; // the affected data sets whose items letters to this group list
};

struct RecipientQuery
{
    QString search; // matches name, kana, organisation, e-mail, address and custom values (substring)
    // "id", a fixed field's key, "source_row", "excluded", "duplicate_reason" or "custom:<name>" (anything
    // else sorts by id)
    QString sortField = QStringLiteral("id");
    bool descending = false;
    bool includeExcluded = true;
    // Only recipients marked as possible duplicates, and the recipients they may duplicate.
    bool possibleDuplicatesOnly = false;
    int offset = 0;
    int limit = 200;
};

// What saving an import did. The plan was worked out on what the group held when it was read; saving checks
// again, in its write transaction, against what the group holds then (another import may have run).
struct ImportCommitOutcome
{
    int inserted = 0;
    int identical = 0;          // rows identical to a recipient already in the group: not inserted
    int possibleDuplicates = 0; // inserted rows marked as possibly the same person as another
};

// Told the number of rows written so far while a long insert runs (on the thread running it); returning false
// cancels the insert, and the whole transaction is rolled back.
using InsertProgress = std::function<bool(int rowsWritten)>;

// Recipients as they were before remove() took them out, so that restore() can put them back (undo).
struct RemovedRecipients
{
    qint64 groupId = 0;
    QList<Recipient> rows; // with their ids, in id order
    // Recipients left in the group that were marked as possible duplicates of a removed one (their id → its
    // id): removing it left their mark pointing nowhere.
    QHash<qint64, qint64> pointers;
};

class RecipientRepository
{
public:
    explicit RecipientRepository(Database& db) : m_db(db) {}

    // Creates the built-in groups (consignor clients, employees, candidates, business contacts) when missing,
    // linked to the incident's data sets of the matching group.
    bool ensureBuiltinGroups(qint64 incidentId, StorageError* error);
    QList<RecipientGroup> groups(qint64 incidentId, StorageError* error) const;
    std::optional<RecipientGroup> group(qint64 groupId, StorageError* error) const;
    std::optional<RecipientGroup> groupByKey(qint64 incidentId, const QString& key,
                                             StorageError* error) const;
    bool addGroup(RecipientGroup& group, StorageError* error);
    bool updateGroup(const RecipientGroup& group, StorageError* error);
    bool removeGroup(qint64 groupId, StorageError* error); // built-in groups cannot be removed

    int count(qint64 groupId, const QString& search, bool includeExcluded, StorageError* error) const;
    // Rows matching `query` (offset and limit ignored).
    int count(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    // Recipients of the group marked as possible duplicates.
    int possibleDuplicateCount(qint64 groupId, StorageError* error) const;
    QList<Recipient> page(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    // Every id matching `query` in its order (offset and limit ignored): a sort that SQL cannot index, such
    // as a custom field's, is then worked out once and rows are read by id.
    QList<qint64> ids(qint64 groupId, const RecipientQuery& query, StorageError* error) const;
    // The recipients with these ids, in the order given (ids that no longer exist are skipped).
    QList<Recipient> recipients(const QList<qint64>& ids, StorageError* error) const;
    std::optional<Recipient> recipient(qint64 id, StorageError* error) const;
    // The names of the custom fields the group's recipients have (excluded ones included), sorted.
    QStringList customFieldNames(qint64 groupId, StorageError* error) const;
    // Streams the group's recipients in id order without holding them all; `visit` returns false to stop.
    bool forEach(qint64 groupId, bool includeExcluded, const std::function<bool(const Recipient&)>& visit,
                 StorageError* error) const;

    // Everything an import into `group` needs to know: its recipients (for duplicate checks) with the
    // group's version, and what its kind and channel require of a row (a name or organisation; an e-mail or a
    // postal address).
    ImportOptions importOptions(const RecipientGroup& group, const QString& sourceFile,
                                StorageError* error) const;
    // Commits an import in one write transaction (all or nothing): the rows, and the mapping remembered for
    // the group. Inside that transaction the group's recipients are read again: a row identical to one of
    // them is not inserted, a row that only resembles one is marked (recipientmatch.h) — so two imports of
    // one list at once never put anybody in twice. `recipients` is left holding the rows inserted, with
    // their ids. Nothing to insert writes nothing (no audit entry). `progress` may cancel it.
    bool commitImport(qint64 groupId, QList<Recipient>& recipients, const ImportCommit& commit,
                      ImportCommitOutcome* outcome, StorageError* error, const InsertProgress& progress = {});
    // The same, comparing every field.
    bool commitImport(qint64 groupId, QList<Recipient>& recipients, const QString& mappingJson,
                      const QString& sourceLabel, StorageError* error, const InsertProgress& progress = {});
    // Adds all rows in one transaction (all or nothing); sets their ids, and turns a possible duplicate's
    // possibleDuplicateOfRow (a row of the same list) into possibleDuplicateOf. `progress` may cancel it.
    bool insertMany(qint64 groupId, QList<Recipient>& recipients, const QString& sourceLabel,
                    StorageError* error, const InsertProgress& progress = {});
    // Sets one field: a key of editableFields() or "custom:<name>".
    bool setField(qint64 recipientId, const QString& field, const QString& value, StorageError* error);
    bool setExcluded(const QList<qint64>& ids, bool excluded, StorageError* error);
    // "Not a duplicate": clears the possible-duplicate mark of these recipients (audited, without values).
    bool clearPossibleDuplicate(const QList<qint64>& ids, StorageError* error);
    // Marks these recipients again as they were (their possibleDuplicate and possibleDuplicateOf; a mark
    // whose other recipient is gone stays without it): the undo of clearPossibleDuplicate(), audited
    // "possible duplicates marked" with how many.
    bool restorePossibleDuplicates(const QList<Recipient>& marked, StorageError* error);
    // Deletes the recipients in one transaction; `removed` (when given) is left holding them as they were.
    bool remove(const QList<qint64>& ids, StorageError* error, RemovedRecipients* removed = nullptr);
    // Puts removed recipients back with their ids and marks, in one transaction (audited "restored", without
    // values). Fails, writing nothing, when an id has been taken again meanwhile (another program added
    // recipients). `progress` may cancel it.
    bool restore(const RemovedRecipients& removed, StorageError* error, const InsertProgress& progress = {});

    static const QStringList& editableFields(); // name, kana, organisation, … language (custom fields too)
    // Rows per INSERT statement of insertMany (the last statement takes the rest): 18 values a row stay
    // under 999, SQLite's limit on parameters before 3.32. More rows per statement were slower (Qt's
    // binding).
    static constexpr int InsertChunk = 55;

private:
    bool audit(qint64 groupId, const QString& field, const QString& after, StorageError* error);
    // INSERTs `rows` with their ids and group ids, InsertChunk rows a statement; a possible duplicate's
    // pointer is written only `withPointers` (else it is left NULL, for restore() to set afterwards).
    bool insertRows(const QList<Recipient>& rows, bool withPointers, const InsertProgress& progress,
                    StorageError* err);
    bool recheckDuplicates(qint64 groupId, QList<Recipient>& recipients, QStringList fields,
                           ImportCommitOutcome* outcome, StorageError* error) const;
    bool readAll(qint64 groupId, QList<Recipient>* out, StorageError* error) const;
    // Changes with every change to the group's recipients: each is audited, so the newest audit entry of the
    // group tells.
    qint64 groupVersion(qint64 groupId, StorageError* error) const;
    Database& m_db;
};

} // namespace bd
