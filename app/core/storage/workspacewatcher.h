// Notices when another connection (another BreachDesk window, `breachdesk import-recipients` in a terminal)
// commits to the workspace, so that the window can show it. It polls SQLite's PRAGMA data_version on the
// window's own connection (https://sqlite.org/pragma.html#pragma_data_version): the number changes when any
// other connection commits, and never for this connection's own commits. One poll is one cheap statement
// that needs no lock.
#pragma once

#include <QObject>
#include <QTimer>

namespace bd {

class Database;

class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 500;

    explicit WorkspaceWatcher(Database& db, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    // Polls now: true (and changedElsewhere() emitted) when another connection committed since the last poll.
    bool check();

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Database& m_db;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace bd
