#include "outputfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {

// `path` with every link followed, also when the file at the end does not exist yet (then its folder is
// resolved). Empty when a link loops or the folder does not exist.
QString resolvedPath(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink()) {
            const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
            return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
        }
        current = info.symLinkTarget();
    }
    return {};
}

bool sameFile(const QByteArray& a, const QByteArray& b)
{
    struct stat sa, sb;
    return ::stat(a.constData(), &sa) == 0 && ::stat(b.constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Removes temporary files a killed run left beside `target` (they hold personal data). A temporary file in
// use is locked (flock) by the process writing it, so only abandoned ones are removed.
void removeAbandonedTemporaries(const QFileInfo& target)
{
    const QDir folder(target.absolutePath());
    const QStringList names =
        folder.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".breachdesk-??????")},
                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QByteArray path = QFile::encodeName(folder.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            // With what SQLite may have made beside it when it was a backup being written.
            for (const char* suffix : {"-journal", "-wal", "-shm"})
                ::unlink((path + suffix).constData());
            ::unlink(path.constData());
        }
        ::close(fd);
    }
}

} // namespace

QString OutputFile::createTemporaryBeside(const QString& target, int* fd)
{
    const QFileInfo info(target);
    removeAbandonedTemporaries(info);
    QByteArray pattern = QFile::encodeName(
        QDir(info.absolutePath())
            .filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".breachdesk-XXXXXX")));
    *fd = ::mkostemp(pattern.data(), O_CLOEXEC); // 0600
    if (*fd < 0)
        return {};
    ::flock(*fd, LOCK_EX); // released when the file is closed: marks it as in use
    return QFile::decodeName(pattern);
}

OutputFile::OutputFile(const QString& path, const QStringList& protectedFiles)
    : m_path(path), m_protected(protectedFiles)
{
}

OutputFile::~OutputFile()
{
    if (isOpen())
        cancel();
}

std::optional<QByteArray> OutputFile::writeAll(const QString& path, const QByteArray& bytes,
                                               const QStringList& protectedFiles, QString* error)
{
    OutputFile file(path, protectedFiles);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return file.sha256();
    *error = file.errorString();
    return std::nullopt;
}

QString OutputFile::refusal(const QString& path, const QStringList& protectedFiles)
{
    if (path == QLatin1String("-"))
        return {};
    const QString target = resolvedPath(path);
    const QByteArray encoded = QFile::encodeName(path);
    for (const QString& file : protectedFiles) {
        const bool same =
            sameFile(encoded, QFile::encodeName(file)) || (!target.isEmpty() && target == resolvedPath(file));
        if (same)
            return tr("%1 is the open workspace or one of its files (%2): writing there would destroy the "
                      "record. Choose another file.")
                .arg(path, QFileInfo(file).fileName());
    }
    return {};
}

bool OutputFile::fail(const QString& message)
{
    cancel();
    setErrorString(message);
    return false;
}

bool OutputFile::open(QIODevice::OpenMode mode)
{
    if (isOpen() || (mode & ~(QIODevice::WriteOnly | QIODevice::Truncate)) != 0 ||
        !(mode & QIODevice::WriteOnly))
        return fail(tr("%1 can only be opened for writing.").arg(m_path));
    m_writeFailed = false;
    m_hash.reset();
    m_size = 0;
    if (m_path == QLatin1String("-")) {
        m_stream = true;
        if (!m_file.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return fail(tr("Standard output cannot be written: %1").arg(m_file.errorString()));
        return QIODevice::open(QIODevice::WriteOnly);
    }
    if (const QString why = refusal(m_path, m_protected); !why.isEmpty())
        return fail(why);

    const QByteArray encoded = QFile::encodeName(m_path);
    struct stat info;
    if (::stat(encoded.constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
        if (S_ISDIR(info.st_mode))
            return fail(tr("%1 is a folder, not a file.").arg(m_path));
        // A device, FIFO or socket: written into where it is.
        const int fd = ::open(encoded.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            return fail(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
        m_stream = true;
        if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return fail(tr("Could not write %1: %2").arg(m_path, m_file.errorString()));
        }
        return QIODevice::open(QIODevice::WriteOnly);
    }

    m_target = resolvedPath(m_path);
    if (m_target.isEmpty())
        return fail(tr("Could not write %1: its folder does not exist.").arg(m_path));
    int fd = -1;
    m_temporary = createTemporaryBeside(m_target, &fd);
    if (m_temporary.isEmpty())
        return fail(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
    m_stream = false;
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(tr("Could not write %1: %2").arg(m_path, m_file.errorString()));
    }
    return QIODevice::open(QIODevice::WriteOnly);
}

qint64 OutputFile::readData(char*, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char* data, qint64 size)
{
    if (m_writeFailed)
        return -1;
    const qint64 written = m_file.write(data, size);
    if (written != size) {
        m_writeFailed = true;
        setErrorString(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
        return -1;
    }
    m_hash.addData(QByteArrayView(data, size));
    m_size += size;
    return written;
}

bool OutputFile::commit()
{
    if (!isOpen())
        return false;
    const QString failed = errorString();
    if (m_writeFailed)
        return fail(failed);
    if (!m_file.flush())
        return fail(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
    if (m_stream) {
        m_file.close();
        QIODevice::close();
        return true;
    }
    // The data reaches the disk before the name does: a power cut leaves the old file or the whole new one.
    if (::fsync(m_file.handle()) != 0)
        return fail(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
    if (const QString why = refusal(m_target, m_protected); !why.isEmpty())
        return fail(why);
    // Renamed while still open and locked, so that no other run takes it for abandoned.
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0)
        return fail(tr("Could not write %1: %2").arg(m_path, errnoText(errno)));
    m_temporary.clear();
    m_file.close();
    const int folder = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    QIODevice::close();
    return true;
}

void OutputFile::cancel()
{
    m_file.close();
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
    if (isOpen())
        QIODevice::close();
}

} // namespace bd
