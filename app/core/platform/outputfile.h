// A file the program writes for the user (a PDF, a zip, a CSV), written so that outputs never destroy
// inputs and never claim a success they did not have:
// - "-" is standard output, and a character device, FIFO or socket (/dev/stdout, a pipe) is written into,
//   never replaced by a regular file;
// - any other target is written to a hidden temporary file beside it (0600), synced, and renamed over the
//   target only by commit(): a full disk, a crash or a kill leaves the old file or nothing under the final
//   name, never a truncated one;
// - a target that is one of the protected files (the open workspace, its -wal, -shm and journal) is refused
//   before anything is written, compared by device and inode after links are resolved, not by path text.
#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>

namespace bd {

class OutputFile final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(bd::OutputFile)
public:
    explicit OutputFile(const QString& path, const QStringList& protectedFiles = {});
    ~OutputFile() override; // an uncommitted temporary file is removed

    // Only WriteOnly. False with errorString() when the target is refused or cannot be created.
    bool open(QIODevice::OpenMode mode) override;
    // Flushes and syncs; for a regular file renames the temporary file over the target. False (and the
    // temporary file removed) when any write failed.
    bool commit();
    // Drops what was written (the temporary file is removed; a stream stays as it is). close() without
    // commit() does the same.
    void cancel();
    void close() override { cancel(); }

    // Written front to back: seek() is not supported.
    bool isSequential() const override { return true; }
    // True when the target is standard output or a device, FIFO or socket written in place.
    bool isStream() const { return m_stream; }
    QString path() const { return m_path; }
    // The SHA-256 (hex) and size of everything written, for the audit trail.
    QByteArray sha256() const { return m_hash.result().toHex(); }
    qint64 size() const { return m_size; }

    // Writes `bytes` whole to `path` (open, write, commit). The SHA-256 (hex) of what was written, or nothing
    // with `*error` saying why.
    static std::optional<QByteArray> writeAll(const QString& path, const QByteArray& bytes,
                                              const QStringList& protectedFiles, QString* error);
    // Why `path` must not be written: it is one of `protectedFiles` (resolved through links, by device and
    // inode, or for a file that does not exist yet by its resolved path). Empty when it may be written.
    static QString refusal(const QString& path, const QStringList& protectedFiles);

    // Creates an empty temporary file beside `target` (".NAME.breachdesk-XXXXXX", 0600), locked (flock) by
    // this process while its descriptor `*fd` is open, after removing the ones killed runs left beside the
    // same target (they hold personal data; a locked one is in use and stays). Empty on failure.
    static QString createTemporaryBeside(const QString& target, int* fd);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool fail(const QString& message);
    QString m_path;
    QStringList m_protected;
    QString m_target;    // the resolved file the temporary file replaces
    QString m_temporary; // empty for a stream
    QFile m_file;
    bool m_stream = false;
    bool m_writeFailed = false;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
};

} // namespace bd
