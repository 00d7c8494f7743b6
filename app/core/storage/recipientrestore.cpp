// Putting back what the user takes out, for undo (services/recipientservice.h): removed recipients (a delete,
// or an import undone) with their ids and marks, read in the transaction that deletes them; and the
// possible-duplicate marks that "not a duplicate" cleared.
#include "recipientrepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bd {

bool RecipientRepository::remove(const QList<qint64>& ids, StorageError* error, RemovedRecipients* removed)
{
    return m_db.transaction(
        [&](StorageError* err) {
            if (removed) {
                *removed = {};
                QList<qint64> sorted = ids;
                std::sort(sorted.begin(), sorted.end());
                removed->rows = recipients(sorted, err);
                if (*err)
                    return false;
                removed->groupId = removed->rows.isEmpty() ? 0 : removed->rows.constFirst().groupId;
                // The marks pointing to them: a mark is against a recipient of the same group, and a group
                // has few marks, so they are all read at once.
                QSqlQuery pointing(m_db.connection());
                pointing.prepare(QStringLiteral("SELECT id, possible_duplicate_of FROM recipient WHERE "
                                                "group_id = ? AND possible_duplicate_of IS NOT NULL"));
                pointing.addBindValue(removed->groupId);
                if (!Database::exec(pointing, err))
                    return false;
                const QSet<qint64> gone(sorted.cbegin(), sorted.cend());
                while (pointing.next()) {
                    const qint64 other = pointing.value(0).toLongLong();
                    const qint64 target = pointing.value(1).toLongLong();
                    if (gone.contains(target) && !gone.contains(other))
                        removed->pointers.insert(other, target);
                }
            }
            qint64 groupId = removed ? removed->groupId : 0;
            for (qsizetype i = 0; !groupId && i < ids.size(); ++i)
                if (auto r = recipient(ids.at(i), err))
                    groupId = r->groupId;
            // Many rows a statement: undoing an import of 100,000 deletes them all.
            constexpr qsizetype Chunk = 256;
            for (qsizetype start = 0; start < ids.size(); start += Chunk) {
                const qsizetype n = std::min(Chunk, ids.size() - start);
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("DELETE FROM recipient WHERE id IN (%1)")
                              .arg(QStringList(n, QStringLiteral("?")).join(QLatin1Char(','))));
                for (qsizetype i = start; i < start + n; ++i)
                    q.addBindValue(ids.at(i));
                if (!Database::exec(q, err))
                    return false;
            }
            return !groupId || audit(groupId, QStringLiteral("deleted"), QString::number(ids.size()), err);
        },
        error);
}

bool RecipientRepository::restore(const RemovedRecipients& removed, StorageError* error,
                                  const InsertProgress& progress)
{
    if (removed.rows.isEmpty())
        return true;
    return m_db.transaction(
        [&](StorageError* err) {
            QList<qint64> ids;
            ids.reserve(removed.rows.size());
            for (const Recipient& r : removed.rows)
                ids.append(r.id);
            if (!recipients(ids, err).isEmpty() || *err) {
                if (!*err)
                    *err = StorageError::make(
                        StorageError::Invalid,
                        StorageError::tr("The recipients cannot be put back: another program has added "
                                         "recipients since."));
                return false;
            }
            if (!insertRows(removed.rows, false, progress, err))
                return false;
            // The marks: of the rows put back, and of those left in the group that pointed to them (a mark
            // whose other recipient is gone meanwhile stays without it).
            QSqlQuery point(m_db.connection());
            point.prepare(QStringLiteral(
                "UPDATE recipient SET possible_duplicate_of = ? WHERE id = ? AND duplicate_reason <> '' AND "
                "EXISTS (SELECT 1 FROM recipient WHERE id = ?)"));
            const auto setPointer = [&](qint64 id, qint64 target) {
                point.addBindValue(target);
                point.addBindValue(id);
                point.addBindValue(target);
                return Database::exec(point, err);
            };
            for (const Recipient& r : removed.rows)
                if (r.possibleDuplicate && r.possibleDuplicateOf > 0 &&
                    !setPointer(r.id, r.possibleDuplicateOf))
                    return false;
            for (auto it = removed.pointers.cbegin(); it != removed.pointers.cend(); ++it)
                if (!setPointer(it.key(), it.value()))
                    return false;
            return audit(removed.groupId, QStringLiteral("restored"), QString::number(removed.rows.size()),
                         err);
        },
        error);
}

bool RecipientRepository::restorePossibleDuplicates(const QList<Recipient>& marked, StorageError* error)
{
    if (marked.isEmpty())
        return true;
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE recipient SET duplicate_reason = ?, possible_duplicate_of = "
                                     "(SELECT id FROM recipient "
                                     "WHERE id = ?) WHERE id = ?"));
            qint64 groupId = 0;
            int restored = 0;
            for (const Recipient& r : marked) {
                if (!r.possibleDuplicate)
                    continue;
                q.addBindValue(duplicateKindKey(*r.possibleDuplicate));
                q.addBindValue(r.possibleDuplicateOf);
                q.addBindValue(r.id);
                if (!Database::exec(q, err))
                    return false;
                if (q.numRowsAffected() > 0) {
                    groupId = r.groupId;
                    ++restored;
                }
            }
            // The audit says how many, never who (personal data).
            return !groupId || audit(groupId, QStringLiteral("possible duplicates marked"),
                                     QString::number(restored), err);
        },
        error);
}

} // namespace bd
