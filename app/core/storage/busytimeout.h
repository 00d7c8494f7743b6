// How long a statement waits for another connection's write lock before failing as Locked (exit code 3).
// The workspace opens with a short wait (Database::open), right for the window's quick edits; a command that
// writes a long import while another may be writing one too waits longer. SQLite: PRAGMA busy_timeout.
#pragma once

#include "database.h"

#include <chrono>

namespace bd {

bool setBusyTimeout(Database& db, std::chrono::milliseconds timeout, StorageError* error);

} // namespace bd
