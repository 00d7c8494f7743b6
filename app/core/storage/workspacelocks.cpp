#include "workspacelocks.h"

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <map>
#include <mutex>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {

// The signatures of the unix VFS's replaceable system calls (sqlite3.c, aSyscall[]).
using OpenCall = int (*)(const char*, int, int);
using CloseCall = int (*)(int);
using FcntlCall = int (*)(int, int, ...);

OpenCall realOpen = nullptr;
CloseCall realClose = nullptr;
FcntlCall realFcntl = nullptr;
std::atomic<bool> ofdWorks{true};
std::atomic<bool> installed{false};

struct FileKey
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator<(const FileKey& other) const
    {
        return device != other.device ? device < other.device : inode < other.inode;
    }
};

struct LockHolder
{
    int fd = -1;   // a duplicate of the first descriptor SQLite opened: the open file description that locks
    int users = 0; // descriptors SQLite has open on the file
};

std::mutex mutex;
std::map<int, FileKey> filesByFd;
std::map<FileKey, LockHolder> holders;

int routedOpen(const char* path, int flags, int mode)
{
    const int fd = realOpen(path, flags, mode);
    struct stat info;
    if (fd >= 0 && ::fstat(fd, &info) == 0) {
        const FileKey key{info.st_dev, info.st_ino};
        const std::lock_guard guard(mutex);
        filesByFd[fd] = key;
        ++holders[key].users;
    }
    return fd;
}

int routedClose(int fd)
{
    int holderFd = -1;
    {
        const std::lock_guard guard(mutex);
        const auto file = filesByFd.find(fd);
        if (file != filesByFd.end()) {
            const auto holder = holders.find(file->second);
            if (holder != holders.end() && --holder->second.users <= 0) {
                holderFd = holder->second.fd;
                holders.erase(holder);
            }
            filesByFd.erase(file);
        }
    }
    // SQLite releases its locks before it closes its last descriptor of a file, so the holder has none left.
    if (holderFd >= 0)
        realClose(holderFd);
    return realClose(fd);
}

// The descriptor that takes the locks for the file behind `fd`, or -1 to use `fd` itself.
int lockHolderFor(int fd)
{
    const std::lock_guard guard(mutex);
    const auto file = filesByFd.find(fd);
    if (file == filesByFd.end())
        return -1;
    LockHolder& holder = holders[file->second];
    if (holder.fd < 0)
        holder.fd = realFcntl(fd, F_DUPFD_CLOEXEC, 3);
    return holder.fd;
}

int lockThroughHolder(int fd, int command, struct flock* lock)
{
    const int holder = ofdWorks.load() ? lockHolderFor(fd) : -1;
    if (holder < 0)
        return realFcntl(fd, command, lock);
    struct flock ofd = *lock;
    ofd.l_pid = 0; // required by OFD locks; SQLite leaves it uninitialised
    const int ofdCommand = command == F_SETLK    ? F_OFD_SETLK
                           : command == F_SETLKW ? F_OFD_SETLKW
                                                 : F_OFD_GETLK;
    const int result = realFcntl(holder, ofdCommand, &ofd);
    if (result == -1 && errno == EINVAL && ofdWorks.exchange(false)) {
        // A kernel without OFD locks (before Linux 3.15): nothing was locked this way yet, so POSIX locks
        // from here on are consistent.
        return realFcntl(fd, command, lock);
    }
    if (result == 0 && command == F_GETLK)
        *lock = ofd;
    return result;
}

int routedFcntl(int fd, int command, ...)
{
    va_list args;
    va_start(args, command);
    int result = 0;
    switch (command) {
    case F_SETLK:
    case F_SETLKW:
    case F_GETLK:
        result = lockThroughHolder(fd, command, va_arg(args, struct flock*));
        break;
    case F_GETFD:
    case F_GETFL:
        result = realFcntl(fd, command);
        break;
    case F_SETFD:
    case F_SETFL:
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
        result = realFcntl(fd, command, va_arg(args, int));
        break;
    default:
        result = realFcntl(fd, command, va_arg(args, void*));
        break;
    }
    va_end(args);
    return result;
}

bool install()
{
    sqlite3_vfs* vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall)
        return false;
    realOpen = reinterpret_cast<OpenCall>(vfs->xGetSystemCall(vfs, "open"));
    realClose = reinterpret_cast<CloseCall>(vfs->xGetSystemCall(vfs, "close"));
    realFcntl = reinterpret_cast<FcntlCall>(vfs->xGetSystemCall(vfs, "fcntl"));
    if (!realOpen || !realClose || !realFcntl)
        return false;
    return vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&routedOpen)) ==
               SQLITE_OK &&
           vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&routedClose)) ==
               SQLITE_OK &&
           vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&routedFcntl)) ==
               SQLITE_OK;
}

} // namespace

bool installWorkspaceLocking()
{
    static const bool ok = [] {
        const bool done = install();
        installed = done;
        return done;
    }();
    return ok;
}

bool workspaceLockingActive()
{
    return installed.load() && ofdWorks.load();
}

} // namespace bd
