#include "workspacewatcher.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

WorkspaceWatcher::WorkspaceWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_version = dataVersion();
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WorkspaceWatcher::check);
    m_timer.start();
}

qint64 WorkspaceWatcher::dataVersion() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    const qint64 version = q.value(0).toLongLong();
    q.finish(); // a statement left open would keep a read transaction, and with it an old snapshot
    return version;
}

bool WorkspaceWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return false;
    const bool first = m_version < 0;
    m_version = version;
    if (first)
        return false;
    emit changedElsewhere();
    return true;
}

} // namespace bd
