#include "busytimeout.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

BusyTimeout::BusyTimeout(Database& db, int milliseconds) : m_db(db), m_previous(current(db))
{
    set(db, milliseconds);
}

BusyTimeout::~BusyTimeout()
{
    if (m_previous >= 0)
        set(m_db, m_previous);
}

int BusyTimeout::current(Database& db)
{
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void BusyTimeout::set(Database& db, int milliseconds)
{
    if (!db.isOpen())
        return;
    // (a pragma takes no bound parameters; the value is an int)
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
}

} // namespace bd
