#include "busytimeout.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

bool setBusyTimeout(Database& db, std::chrono::milliseconds timeout, StorageError* error)
{
    QSqlQuery q(db.connection());
    // (a PRAGMA takes no bound values; the number is ours)
    if (q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax<qint64>(0, timeout.count()))))
        return true;
    if (error)
        *error = storageErrorFrom(q.lastError(), QStringLiteral("busy_timeout"));
    return false;
}

} // namespace bd
