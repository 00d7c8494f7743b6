#include "stagedfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {
namespace {

// Marks a staging folder: ".<target name>" + Marker + six random characters (mkdtemp(3)).
constexpr auto Marker = ".breachdesk-partial-";
// Characters of the target's name kept in the staging folder's name (NAME_MAX is 255 bytes).
constexpr qsizetype NameChars = 60;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The directory at `path` opened and exclusively locked (flock(2), not waiting); -1 when it is not a
// directory, is a symbolic link, or a live run holds it.
int lockDirectory(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Whether `fd` still is what `path` names: a folder locked just after another run removed it is not.
bool sameFile(int fd, const QByteArray& path)
{
    struct stat opened = {}, named = {};
    return ::fstat(fd, &opened) == 0 && ::lstat(path.constData(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

bool syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QString parentOf(const QString& target)
{
    return QFileInfo(target).absolutePath();
}

} // namespace

StagedFolder::StagedFolder(const QString& target) : m_target(QDir::cleanPath(QDir(target).absolutePath())) {}

StagedFolder::~StagedFolder()
{
    if (!m_committed)
        discard();
    if (m_lock >= 0)
        ::close(m_lock);
}

bool StagedFolder::isAbsentOrEmpty(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    return info.isDir() && !info.isSymLink() &&
           QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

int StagedFolder::removeStale(const QString& parent)
{
    int removed = 0;
    const QStringList names =
        QDir(parent).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString& name : names) {
        if (!name.startsWith(QLatin1Char('.')) || !name.contains(QLatin1String(Marker)))
            continue;
        const QString path = parent + QLatin1Char('/') + name;
        const QByteArray encoded = QFile::encodeName(path);
        struct stat st = {};
        if (::lstat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid())
            continue;
        const int fd = lockDirectory(encoded);
        if (fd < 0)
            continue; // a live run's
        if (sameFile(fd, encoded) && QDir(path).removeRecursively())
            ++removed;
        ::close(fd);
    }
    return removed;
}

bool StagedFolder::open(QString* error, bool* notEmpty)
{
    if (notEmpty)
        *notEmpty = false;
    const QString name = QFileInfo(m_target).fileName();
    const QString parent = parentOf(m_target);
    if (name.isEmpty() || m_target == parent) {
        *error = tr("%1 cannot hold the letters: choose a folder inside it.").arg(m_target);
        return false;
    }
    if (!QDir().mkpath(parent)) {
        *error = tr("Could not create the folder %1.").arg(parent);
        return false;
    }
    removeStale(parent);
    const QFileInfo info(m_target);
    if ((info.exists() || info.isSymLink()) && (!info.isDir() || info.isSymLink())) {
        *error =
            tr("%1 exists and is not a folder: choose a new or empty folder for the letters.").arg(m_target);
        return false;
    }
    if (!isAbsentOrEmpty(m_target)) {
        if (notEmpty)
            *notEmpty = true;
        *error = tr("The folder %1 is not empty. Choose a new or empty folder: the letters are never mixed "
                    "with other files, and no file is replaced.")
                     .arg(m_target);
        return false;
    }
    const QString pattern = parent + QStringLiteral("/.") + name.left(NameChars) + QLatin1String(Marker) +
                            QStringLiteral("XXXXXX");
    for (int attempt = 0; attempt < 5; ++attempt) {
        QByteArray path = QFile::encodeName(pattern);
        if (!::mkdtemp(path.data())) { // mode 0700
            *error = tr("Could not create a folder in %1: %2").arg(parent, errnoText(errno));
            return false;
        }
        const int fd = lockDirectory(path);
        if (fd >= 0 && sameFile(fd, path)) {
            m_lock = fd;
            m_staging = QFile::decodeName(path);
            return true;
        }
        // Another run's clean-up removed it between mkdtemp and flock: make another.
        if (fd >= 0)
            ::close(fd);
    }
    *error = tr("Could not create a folder in %1.").arg(parent);
    return false;
}

bool StagedFolder::writeFile(const QString& name, const QByteArray& bytes, QString* error) const
{
    QFile file(m_staging + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool StagedFolder::commit(QString* error)
{
    if (m_lock < 0 || m_committed) {
        *error = tr("Could not write into %1.").arg(m_target);
        return false;
    }
    // Every file's data and the folder's entries on disk before the folder gets its name, so that after a
    // power loss the name never shows a folder with missing or empty files.
#ifdef __linux__
    const bool synced = ::syncfs(m_lock) == 0;
#else
    ::sync();
    const bool synced = true;
#endif
    if (!synced || ::fsync(m_lock) != 0) {
        *error = tr("Could not write %1: %2").arg(m_staging, errnoText(errno));
        return false;
    }
    if (::rename(QFile::encodeName(m_staging).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int e = errno;
        *error = e == ENOTEMPTY || e == EEXIST
                     ? tr("The folder %1 is not empty (something was put there while the letters were being "
                          "written); nothing was written into it.")
                           .arg(m_target)
                 : e == ENOTDIR
                     ? tr("%1 exists and is not a folder: choose a new or empty folder for the letters.")
                           .arg(m_target)
                     : tr("Could not move the letters into %1: %2").arg(m_target, errnoText(e));
        return false;
    }
    m_committed = true;
    syncDirectory(parentOf(m_target)); // the rename itself
    return true;
}

bool StagedFolder::uncommit()
{
    if (!m_committed)
        return true;
    if (::rename(QFile::encodeName(m_target).constData(), QFile::encodeName(m_staging).constData()) != 0)
        return false;
    m_committed = false;
    syncDirectory(parentOf(m_target));
    return true;
}

void StagedFolder::discard()
{
    if (m_committed || m_staging.isEmpty())
        return;
    QDir(m_staging).removeRecursively();
    m_staging.clear();
    if (m_lock >= 0) {
        ::close(m_lock);
        m_lock = -1;
    }
}

} // namespace bd
