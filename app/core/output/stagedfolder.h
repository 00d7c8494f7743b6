// A folder of files that appears complete under its final name, or not at all — also when the process is
// killed (SIGKILL, power loss) at any moment.
//
// The files are written into a hidden staging folder next to the target, ".<name>.breachdesk-partial-XXXXXX"
// in the target's parent (so on the same file system), created 0700 and locked with flock(2) for as long as
// this object lives. commit() flushes the file system (syncfs(2)) and renames the staging folder onto the
// target in one rename(2), which on Linux replaces an empty directory atomically and fails on a non-empty one
// (POSIX rename(): "If new is an existing directory, it shall be required to be an empty directory") — so
// nothing already there is ever overwritten. A run killed before that leaves only its staging folder; the
// next StagedFolder opened in the same parent removes every such folder whose lock nobody holds, since it
// holds personal data at rest.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd {

class StagedFolder
{
    Q_DECLARE_TR_FUNCTIONS(bd::StagedFolder)

public:
    explicit StagedFolder(const QString& target);
    ~StagedFolder(); // discards the staging folder unless committed
    StagedFolder(const StagedFolder&) = delete;
    StagedFolder& operator=(const StagedFolder&) = delete;

    // Removes stale staging folders in the target's parent (creating the parent if needed), checks that the
    // target is absent or an empty folder, and creates and locks the staging folder. False with a translated
    // `error` otherwise; `notEmpty` is set when the target holds something.
    bool open(QString* error, bool* notEmpty = nullptr);
    QString path() const { return m_staging; } // the staging folder, while open
    QString target() const { return m_target; }

    // Writes `bytes` to a new file `name` in the staging folder, readable and writable by the owner only.
    // Never replaces a file. Any thread.
    bool writeFile(const QString& name, const QByteArray& bytes, QString* error) const;

    // Makes everything durable and moves the staging folder onto the target. False (the staging folder
    // kept, to be discarded) when the target was filled in the meantime or the rename fails.
    bool commit(QString* error);
    // After commit(): moves the folder back to staging (for a run that fails after all), to be discarded.
    bool uncommit();
    // Removes the staging folder and everything in it.
    void discard();

    // Removes the staging folders in `parent` that no live run holds; returns how many. Exposed for tests.
    static int removeStale(const QString& parent);
    // True when `path` does not exist or is an empty folder.
    static bool isAbsentOrEmpty(const QString& path);

private:
    QString m_target;
    QString m_staging;
    int m_lock = -1; // the staging folder's descriptor, holding its flock
    bool m_committed = false;
};

} // namespace bd
