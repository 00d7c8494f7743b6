// How long this process's connection waits for another connection's write lock (SQLite's busy timeout,
// https://sqlite.org/c3ref/busy_timeout.html), changed for the lifetime of one object and then restored.
// The window keeps its waits short so that a long write by another program (an import from a terminal)
// never freezes it; the command line keeps the workspace's default.
#pragma once

namespace bd {

class Database;

class BusyTimeout
{
public:
    BusyTimeout(Database& db, int milliseconds);
    ~BusyTimeout();
    BusyTimeout(const BusyTimeout&) = delete;
    BusyTimeout& operator=(const BusyTimeout&) = delete;

    // The connection's current busy timeout in milliseconds (-1 when the database is not open).
    static int current(Database& db);
    static void set(Database& db, int milliseconds);

private:
    Database& m_db;
    int m_previous;
};

} // namespace bd
