// Removing recipients so that they can be put back: the undo of a delete, and of an import (services/
// recipientservice.h). The rows are read in the transaction that deletes them.
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
                QSqlQuery pointing(m_db.connection());
                pointing.prepare(QStringLiteral("SELECT id FROM recipient WHERE possible_duplicate_of = ?"));
                const QSet<qint64> gone(sorted.cbegin(), sorted.cend());
                for (const Recipient& r : std::as_const(removed->rows)) {
                    pointing.addBindValue(r.id);
                    if (!Database::exec(pointing, err))
                        return false;
                    while (pointing.next()) {
                        const qint64 other = pointing.value(0).toLongLong();
                        if (!gone.contains(other))
                            removed->pointers.insert(other, r.id);
                    }
                }
            }
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("DELETE FROM recipient WHERE id = ?"));
            qint64 groupId = 0;
            for (qint64 id : ids) {
                if (!groupId)
                    if (auto r = recipient(id, err))
                        groupId = r->groupId;
                q.addBindValue(id);
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
            QSqlQuery taken(m_db.connection());
            taken.prepare(QStringLiteral("SELECT 1 FROM recipient WHERE id = ?"));
            for (const Recipient& r : removed.rows) {
                taken.addBindValue(r.id);
                if (!Database::exec(taken, err))
                    return false;
                if (taken.next()) {
                    *err = StorageError::make(
                        StorageError::Invalid,
                        StorageError::tr("The recipients cannot be put back: another program has added "
                                         "recipients since."));
                    return false;
                }
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

} // namespace bd
