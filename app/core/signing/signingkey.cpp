#include "signingkey.h"

#include "fingerprint.h"
#include "keyfolder.h"
#include "outputfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Overwrites a buffer that held the secret seed (the QByteArray is detached first, so that no shared copy
// is left holding it).
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// The lock on the key folder while a key is looked for and made, so that two programs starting at once (the
// window and a command) cannot each make a key and the second replace the first.
class FolderLock
{
public:
    explicit FolderLock(const QString& folder)
        : m_fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~FolderLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool locked() const { return m_fd >= 0; }

private:
    int m_fd;
};

} // namespace

void SigningKey::SecretDeleter::operator()(unsigned char* secret) const
{
    sodium_free(secret); // zeroes the memory before releasing it
}

SigningKey::SigningKey(Secret secret, PublicKey publicKey)
    : m_secret(std::move(secret)), m_public(std::move(publicKey))
{
}

SigningKey::~SigningKey() = default;

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         m_secret.get());
    return signature;
}

SigningKey::Loaded SigningKey::load(const QString& workspacePath, const QString& folder)
{
    return open(workspacePath, folder, false);
}

SigningKey::Loaded SigningKey::load(const QString& workspacePath)
{
    return open(workspacePath, KeyFolder::path(), false);
}

SigningKey::Loaded SigningKey::loadOrCreate(const QString& workspacePath, const QString& folder)
{
    return open(workspacePath, folder, true);
}

SigningKey::Loaded SigningKey::loadOrCreate(const QString& workspacePath)
{
    return open(workspacePath, KeyFolder::path(), true);
}

SigningKey::Loaded SigningKey::open(const QString& workspacePath, const QString& folder, bool create)
{
    Loaded loaded;
    const auto fail = [&loaded](Problem problem, const QString& error) {
        loaded.problem = problem;
        loaded.error = error;
        return std::move(loaded);
    };
    loaded.path =
        folder.isEmpty() ? QString() : QDir(folder).filePath(QString::fromLatin1(SigningKeyFileName));
    if (!sodiumReady())
        return fail(Problem::NoCrypto, tr("The cryptography library (libsodium) could not be started."));
    if (const QString inside = KeyFolder::insideWorkspace(folder, workspacePath); !inside.isEmpty())
        return fail(Problem::Refused, inside);
    bool exists = false;
    if (const QString why = KeyFolder::prepare(folder, create, &exists); !why.isEmpty())
        return fail(exists ? Problem::Refused : Problem::NotWritten, why);
    const auto missing = [&] {
        return fail(Problem::Missing,
                    tr("There is no signing key in %1 yet: it is made with the first archive "
                       "export, or by breachdesk key --show.")
                        .arg(folder));
    };
    if (!exists)
        return missing();
    // Again now that the folder exists: a link inside it may lead into the workspace's folder.
    if (const QString inside = KeyFolder::insideWorkspace(folder, workspacePath); !inside.isEmpty())
        return fail(Problem::Refused, inside);

    std::optional<FolderLock> lock;
    if (create) {
        lock.emplace(folder);
        if (!lock->locked())
            return fail(Problem::NotWritten,
                        tr("The key folder %1 cannot be locked: %2.").arg(folder, errnoText(errno)));
    }
    // O_NOFOLLOW: a link could lead to a key that is not the user's own; O_NONBLOCK: a FIFO must not hang.
    const QByteArray native = QFile::encodeName(loaded.path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return create ? generate(loaded.path) : missing();
        if (error == ELOOP)
            return fail(Problem::Refused, tr("The signing key %1 is a symbolic link: refused. Keep the key "
                                             "file itself in its folder.")
                                              .arg(loaded.path));
        return fail(Problem::Refused,
                    tr("The signing key %1 cannot be read: %2.").arg(loaded.path, errnoText(error)));
    }
    struct stat st = {};
    QByteArray content;
    QString refusal;
    QString damaged;
    if (::fstat(fd, &st) != 0)
        refusal = tr("The signing key %1 cannot be read: %2.").arg(loaded.path, errnoText(errno));
    else if (!S_ISREG(st.st_mode))
        refusal = tr("The signing key %1 is not a regular file: refused.").arg(loaded.path);
    else if (st.st_uid != ::geteuid())
        refusal = tr("The signing key %1 belongs to another user: refused.").arg(loaded.path);
    else if (st.st_mode & 077)
        refusal = tr("The signing key %1 can be read or changed by other users (permissions %2): refused. "
                     "Only you may have access to it: run chmod 600 %1")
                      .arg(loaded.path, QStringLiteral("%1").arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
    else if (st.st_size > MaxKeyFileSize)
        damaged = tr("it is too large to be a signing key");
    else {
        content.resize(qsizetype(st.st_size));
        qsizetype got = 0;
        while (got < content.size()) {
            const ssize_t n = ::read(fd, content.data() + got, size_t(content.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        content.resize(got);
    }
    ::close(fd);
    if (!refusal.isEmpty())
        return fail(Problem::Refused, refusal);
    QString why = damaged;
    std::optional<SigningKey> key = damaged.isEmpty() ? fromFile(content, &why) : std::nullopt;
    wipe(content);
    if (!key)
        return fail(Problem::Damaged,
                    tr("The signing key %1 is damaged (%2). It was left as it is: restore it from your "
                       "backup, or move it away to have a new key made (a new key has a new fingerprint, "
                       "which you must then give again to whoever checks your archives).")
                        .arg(loaded.path, why));
    loaded.key = std::move(key);
    return loaded;
}

std::optional<SigningKey> SigningKey::fromFile(const QByteArray& content, QString* why)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parse);
    const QJsonObject o = document.object();
    if (content.isEmpty()) {
        *why = tr("the file is empty");
        return std::nullopt;
    }
    if (parse.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(SigningKeyFileFormat)) {
        *why = tr("it is not a BreachDesk signing key");
        return std::nullopt;
    }
    if (o.value(QStringLiteral("version")).toInt() != 1 ||
        o.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519")) {
        *why = tr("it has a version or algorithm this program does not know");
        return std::nullopt;
    }
    QByteArray seedText = o.value(QStringLiteral("secret_seed")).toString().toLatin1();
    auto seed = QByteArray::fromBase64Encoding(seedText, QByteArray::AbortOnBase64DecodingErrors);
    wipe(seedText);
    const auto storedPublic = QByteArray::fromBase64Encoding(
        o.value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!seed || seed.decoded.size() != crypto_sign_SEEDBYTES || !storedPublic ||
        storedPublic.decoded.size() != crypto_sign_PUBLICKEYBYTES) {
        wipe(seed.decoded);
        *why = tr("its keys are not of the right length");
        return std::nullopt;
    }
    Secret secret(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
    QByteArray derivedPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (!secret ||
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(derivedPublic.data()), secret.get(),
                                 reinterpret_cast<const unsigned char*>(seed.decoded.constData())) != 0) {
        wipe(seed.decoded);
        *why = tr("its keys cannot be used");
        return std::nullopt;
    }
    wipe(seed.decoded);
    // A changed byte in either half shows here: the public key must be the one the seed makes.
    if (derivedPublic != storedPublic.decoded) {
        *why = tr("its public key does not belong to its secret key");
        return std::nullopt;
    }
    return SigningKey(std::move(secret), *PublicKey::fromBytes(derivedPublic));
}

SigningKey::Loaded SigningKey::generate(const QString& path)
{
    Loaded loaded;
    loaded.path = path;
    Secret secret(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
    QByteArray publicBytes(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (!secret ||
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicBytes.data()), secret.get()) != 0) {
        loaded.problem = Problem::NoCrypto;
        loaded.error = tr("A signing key could not be made.");
        return loaded;
    }
    SigningKey key(std::move(secret), *PublicKey::fromBytes(publicBytes));
    // The first half of libsodium's secret key is the seed it was made from.
    QByteArray seedText =
        QByteArray::fromRawData(reinterpret_cast<const char*>(key.m_secret.get()), crypto_sign_SEEDBYTES)
            .toBase64();
    const QJsonObject o{
        {QStringLiteral("format"), QString::fromLatin1(SigningKeyFileFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
        {QStringLiteral("secret_seed"), QString::fromLatin1(seedText)},
        {QStringLiteral("public_key"), QString::fromLatin1(publicBytes.toBase64())},
        {QStringLiteral("fingerprint"), key.fingerprint()},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    wipe(seedText);
    QByteArray content = QJsonDocument(o).toJson(QJsonDocument::Indented);
    // A hidden temporary file (0600) beside it, renamed into place when complete: never half a key.
    OutputFile out(path);
    const bool written =
        out.open(QIODevice::WriteOnly) && out.write(content) == content.size() && out.commit();
    wipe(content);
    if (!written) {
        loaded.problem = Problem::NotWritten;
        loaded.error = tr("The signing key %1 could not be written: %2").arg(path, out.errorString());
        return loaded;
    }
    loaded.key = std::move(key);
    loaded.created = true;
    return loaded;
}

} // namespace bd
