// SQLite's locks that no other code in this process can release.
//
// SQLite's unix VFS locks a database with POSIX advisory locks (fcntl F_SETLK). POSIX locks belong to the
// process, and the kernel drops all of them when the process closes ANY descriptor of the same file: a file
// dialog that sniffs the workspace's type to choose an icon, a hash of the file, a second copy of SQLite. A
// second process then believes it is the last user, checkpoints and deletes the -wal, and this process's
// later commits go to a deleted file (SQLite, "How To Corrupt An SQLite Database File", section 2.2).
//
// Open-file-description locks (F_OFD_SETLK, Linux 3.15) belong to one open file description and are kept
// whatever else the process opens and closes. installWorkspaceLocking() replaces the open, close and fcntl
// calls of SQLite's unix VFS (sqlite3_vfs::xSetSystemCall) so that every lock SQLite takes on a file goes
// through one such description per file, held until SQLite closes its last descriptor of that file. Between
// connections of this process nothing changes (SQLite already merges their locks per file); towards other
// processes OFD and POSIX locks conflict as before, so older builds and the sqlite3 shell still see them.
#pragma once

namespace bd {

// Installs the lock routing once per process, before the first database is opened (Database::open calls it).
// Returns false when SQLite's VFS does not allow it; SQLite then keeps its POSIX locks.
bool installWorkspaceLocking();

// True once installed and the kernel has accepted an OFD lock (false after a fallback to POSIX locks).
bool workspaceLockingActive();

} // namespace bd
