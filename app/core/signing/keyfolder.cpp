#include "keyfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {

// `path` made absolute, with links resolved as far as the path exists.
QString resolved(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString canonical = QFileInfo(absolute).canonicalFilePath();
    return canonical.isEmpty() ? absolute : canonical;
}

bool inside(const QString& path, const QString& folder)
{
    return path == folder || folder == QLatin1String("/") || path.startsWith(folder + QLatin1Char('/'));
}

QString permissions(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace

QString KeyFolder::path()
{
    const QString variable = qEnvironmentVariable(KeyFolderVariable);
    if (!variable.isEmpty())
        return QDir::cleanPath(QFileInfo(variable).absoluteFilePath());
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return config.isEmpty() ? QString() : QDir(config).filePath(QStringLiteral("keys"));
}

QString KeyFolder::insideWorkspace(const QString& folder, const QString& workspacePath)
{
    if (workspacePath.isEmpty())
        return {};
    const QString keys = resolved(folder);
    const QString workspaceFolder = resolved(QFileInfo(workspacePath).absolutePath());
    if (!inside(keys, workspaceFolder))
        return {};
    // A workspace kept in ~ (or above it) holds the configuration folder by nature: a key folder in the home
    // folder stays allowed there, but not the workspace's folder itself nor one beside the home folder.
    const QString home = resolved(QDir::homePath());
    if (keys != workspaceFolder && inside(home, workspaceFolder) && inside(keys, home))
        return {};
    return tr("The key folder %1 is inside the folder of the workspace (%2): the signing key must be kept "
              "apart from the workspace. Set %3 to another folder.")
        .arg(folder, workspaceFolder, QString::fromLatin1(KeyFolderVariable));
}

QString KeyFolder::prepare(const QString& folder, bool create, bool* exists)
{
    if (folder.isEmpty())
        return tr("There is no configuration folder for the signing key: set %1 to a folder.")
            .arg(QString::fromLatin1(KeyFolderVariable));
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    struct stat st = {};
    if (::stat(QFile::encodeName(absolute).constData(), &st) != 0) {
        if (errno != ENOENT)
            return tr("The key folder %1 cannot be read: %2.")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        *exists = false;
        if (!create)
            return {};
        // Each missing folder on the way is made 0700, whatever the umask.
        const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString path;
        for (const QString& part : parts) {
            path += QLatin1Char('/') + part;
            const QByteArray native = QFile::encodeName(path);
            if (::mkdir(native.constData(), 0700) == 0)
                ::chmod(native.constData(), 0700);
            else if (errno != EEXIST)
                return tr("The key folder %1 cannot be made: %2.")
                    .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (::stat(QFile::encodeName(absolute).constData(), &st) != 0)
            return tr("The key folder %1 cannot be made: %2.")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
    }
    *exists = true;
    if (!S_ISDIR(st.st_mode))
        return tr("The key folder %1 is not a folder.").arg(folder);
    if (st.st_uid != ::geteuid())
        return tr("The key folder %1 belongs to another user: refused.").arg(folder);
    // Whoever can write the folder can replace the key with one of their own.
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return tr("The key folder %1 can be changed by other users (permissions %2): refused. Only you may "
                  "write it: run chmod 700 %1")
            .arg(folder, permissions(st.st_mode));
    return {};
}

} // namespace bd
