#include "openpgpencryptor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <gpgme.h>
#include <optional>
#include <vector>

namespace bd {

namespace {

// RAII for GPGME's handles.
struct ContextRelease
{
    void operator()(gpgme_ctx_t ctx) const { gpgme_release(ctx); }
};
struct KeyRelease
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
struct DataRelease
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
using Context = std::unique_ptr<gpgme_context, ContextRelease>;
using Key = std::unique_ptr<_gpgme_key, KeyRelease>;
using Data = std::unique_ptr<gpgme_data, DataRelease>;

// A public key file larger than this is not one key (a key with many signatures is a few hundred KiB).
constexpr qint64 MaxKeyFileSize = 4 * 1024 * 1024;
// Keys named in an "ambiguous" message.
constexpr int MaxKeysListed = 10;

QString gpgmeText(gpgme_error_t err)
{
    return QString::fromLocal8Bit(gpgme_strerror(err));
}

// Empty, or why GPGME cannot be used here.
QString initialiseGpgme()
{
    static const bool versionOk = gpgme_check_version(nullptr) != nullptr;
    if (!versionOk)
        return OpenPgpEncryptor::tr("GPGME could not be initialised.");
    if (gpgme_error_t err = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP); err != 0)
        return OpenPgpEncryptor::tr("The gpg program (GnuPG 2) cannot be run: %1. Install the gnupg package.")
            .arg(gpgmeText(err));
    return {};
}

// What gpg is asked to look up for `spec`: the hex of a fingerprint or key id, or "<address>" for an exact
// e-mail match (a bare address would match any user id containing it, "bob@x.jp" inside "jimbob@x.jp").
std::optional<QByteArray> keyPattern(const QString& spec)
{
    QString hex = spec.trimmed();
    hex.remove(QLatin1Char(' '));
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (hexDigits.match(hex).hasMatch() && QList<qsizetype>{8, 16, 32, 40, 64}.contains(hex.size()))
        return hex.toUpper().toLatin1();
    static const QRegularExpression address(QStringLiteral("^<?([^<>\\s@]+@[^<>\\s@]+)>?$"));
    if (const QRegularExpressionMatch m = address.match(spec.trimmed()); m.hasMatch())
        return (QLatin1Char('<') + m.captured(1) + QLatin1Char('>')).toUtf8();
    return std::nullopt;
}

QString userIdOf(gpgme_key_t key)
{
    return key->uids && key->uids->uid ? QString::fromUtf8(key->uids->uid) : QString();
}

QString describe(gpgme_key_t key)
{
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(key->fpr ? key->fpr : ""), userIdOf(key));
}

QString dateOf(long seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).date().toString(Qt::ISODate);
}

// Empty when `key` can take an encrypted message now, else why not (translated, naming the key).
QString unusable(gpgme_key_t key)
{
    const QString who = describe(key);
    if (key->revoked)
        return OpenPgpEncryptor::tr("The OpenPGP key %1 is revoked.").arg(who);
    if (key->expired)
        return OpenPgpEncryptor::tr("The OpenPGP key %1 expired on %2.")
            .arg(who, key->subkeys ? dateOf(key->subkeys->expires) : QString());
    if (key->disabled)
        return OpenPgpEncryptor::tr("The OpenPGP key %1 is disabled in the keyring.").arg(who);
    if (key->invalid)
        return OpenPgpEncryptor::tr("The OpenPGP key %1 is not valid.").arg(who);
    long expiredOn = 0;
    for (gpgme_subkey_t sub = key->subkeys; sub; sub = sub->next) {
        if (!sub->can_encrypt)
            continue;
        if (!sub->revoked && !sub->expired && !sub->disabled && !sub->invalid)
            return {};
        if (sub->expired)
            expiredOn = std::max(expiredOn, long(sub->expires));
    }
    if (expiredOn > 0)
        return OpenPgpEncryptor::tr("The OpenPGP key %1 cannot encrypt: its encryption subkey expired on %2.")
            .arg(who, dateOf(expiredOn));
    return OpenPgpEncryptor::tr("The OpenPGP key %1 has no usable subkey for encryption.").arg(who);
}

// Every key `pattern` matches, or false with `error`.
bool listKeys(gpgme_ctx_t ctx, const char* pattern, std::vector<Key>* keys, QString* error)
{
    gpgme_error_t err = gpgme_op_keylist_start(ctx, pattern, 0);
    while (err == 0) {
        gpgme_key_t key = nullptr;
        err = gpgme_op_keylist_next(ctx, &key);
        if (err == 0)
            keys->emplace_back(key);
    }
    gpgme_op_keylist_end(ctx);
    if (gpg_err_code(err) == GPG_ERR_EOF)
        return true;
    *error = OpenPgpEncryptor::tr("The OpenPGP keyring could not be read: %1").arg(gpgmeText(err));
    return false;
}

// Stops the GnuPG daemons of a keyring this process made (gpg may start an agent when it imports).
void stopDaemons(const QString& home)
{
    const char* gpgconf = gpgme_get_dirinfo("gpgconf-name");
    QProcess process;
    process.start(gpgconf ? QString::fromLocal8Bit(gpgconf) : QStringLiteral("gpgconf"),
                  {QStringLiteral("--homedir"), home, QStringLiteral("--kill"), QStringLiteral("all")});
    process.waitForFinished(10000);
}

// Where gpgme writes the encrypted message: the caller's device.
struct Sink
{
    QIODevice* device = nullptr;
    bool failed = false;
};

ssize_t writeToSink(void* handle, const void* buffer, size_t size)
{
    auto* sink = static_cast<Sink*>(handle);
    if (sink->device->write(static_cast<const char*>(buffer), qint64(size)) != qint64(size)) {
        sink->failed = true;
        errno = EIO;
        return -1;
    }
    return ssize_t(size);
}

} // namespace

struct OpenPgpEncryptor::Private
{
    Context ctx;
    Key key;
    OpenPgpKey recipient;
    std::unique_ptr<QTemporaryDir> keyring; // a key file's temporary keyring
    bool armor = false;
    QByteArray innerName;
    QString error;

    ~Private()
    {
        ctx.reset();
        if (keyring)
            stopDaemons(keyring->path());
    }

    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    // A context for OpenPGP on the user's keyring, or on `home`.
    bool makeContext(const QString& home)
    {
        if (const QString problem = initialiseGpgme(); !problem.isEmpty())
            return fail(problem);
        gpgme_ctx_t made = nullptr;
        if (gpgme_error_t err = gpgme_new(&made); err != 0)
            return fail(tr("GPGME could not be started: %1").arg(gpgmeText(err)));
        ctx.reset(made);
        gpgme_error_t err = gpgme_set_protocol(made, GPGME_PROTOCOL_OpenPGP);
        if (err == 0 && !home.isEmpty())
            err = gpgme_ctx_set_engine_info(made, GPGME_PROTOCOL_OpenPGP, nullptr,
                                            QFile::encodeName(home).constData());
        if (err != 0)
            return fail(tr("GPGME could not be started: %1").arg(gpgmeText(err)));
        gpgme_set_offline(made, 1); // never ask a key server
        return true;
    }

    // Picks the one usable key among `keys`, which `spec` matched.
    bool choose(std::vector<Key>& keys, const QString& spec)
    {
        if (keys.empty())
            return fail(tr("No OpenPGP key in the keyring (GNUPGHOME, else ~/.gnupg) matches %1.").arg(spec));
        if (keys.size() > 1) {
            QStringList listed;
            for (size_t i = 0; i < keys.size() && i < MaxKeysListed; ++i)
                listed << QStringLiteral("  ") + describe(keys[i].get());
            return fail(tr("%1 matches %n OpenPGP keys; give the full fingerprint of the one to use:",
                           nullptr, int(keys.size()))
                            .arg(spec) +
                        QLatin1Char('\n') + listed.join(QLatin1Char('\n')));
        }
        if (const QString why = unusable(keys.front().get()); !why.isEmpty())
            return fail(why);
        key = std::move(keys.front());
        recipient.fingerprint = QByteArray(key->fpr ? key->fpr : "").toUpper();
        recipient.userId = userIdOf(key.get());
        return true;
    }

    // Reads the key file at `path` into a temporary keyring and chooses its one key.
    bool fromFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
        if (file.size() > MaxKeyFileSize)
            return fail(tr("The key file %1 is too large to be an OpenPGP public key.").arg(path));
        const QByteArray bytes = file.readAll();
        // Short, under the temporary folder: gpg-agent's socket path must stay within ~107 bytes.
        keyring = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bd-gpg-XXXXXX"));
        if (!keyring->isValid())
            return fail(
                tr("No temporary keyring could be made for %1: %2").arg(path, keyring->errorString()));
        if (!makeContext(keyring->path()))
            return false;
        gpgme_data_t raw = nullptr;
        if (gpgme_error_t err = gpgme_data_new_from_mem(&raw, bytes.constData(), size_t(bytes.size()), 1);
            err)
            return fail(tr("The key file %1 cannot be read: %2").arg(path, gpgmeText(err)));
        const Data data(raw);
        if (gpgme_error_t err = gpgme_op_import(ctx.get(), data.get()); err != 0)
            return fail(tr("The key file %1 holds no OpenPGP key: %2").arg(path, gpgmeText(err)));
        QList<QByteArray> fingerprints;
        if (const gpgme_import_result_t result = gpgme_op_import_result(ctx.get())) {
            for (gpgme_import_status_t s = result->imports; s; s = s->next)
                if (s->result == 0 && s->fpr && !fingerprints.contains(QByteArray(s->fpr)))
                    fingerprints << QByteArray(s->fpr);
        }
        if (fingerprints.isEmpty())
            return fail(tr("The key file %1 holds no OpenPGP key.").arg(path));
        std::vector<Key> keys;
        for (const QByteArray& fpr : fingerprints)
            if (!listKeys(ctx.get(), fpr.constData(), &keys, &error))
                return false;
        return choose(keys, path);
    }
};

OpenPgpEncryptor::OpenPgpEncryptor() : d(std::make_unique<Private>()) {}

OpenPgpEncryptor::~OpenPgpEncryptor() = default;

bool OpenPgpEncryptor::setRecipient(const QString& spec)
{
    d->key.reset();
    d->recipient = {};
    d->error.clear();
    if (QFileInfo(spec).isFile())
        return d->fromFile(spec);
    const std::optional<QByteArray> pattern = keyPattern(spec);
    if (!pattern) {
        if (spec.contains(QLatin1Char('/')))
            return d->fail(tr("The key file %1 does not exist.").arg(spec));
        return d->fail(
            tr("%1 is not a key: give a fingerprint, a key id, an e-mail address or a key file.").arg(spec));
    }
    if (!d->makeContext({}))
        return false;
    std::vector<Key> keys;
    return listKeys(d->ctx.get(), pattern->constData(), &keys, &d->error) && d->choose(keys, spec);
}

const OpenPgpKey& OpenPgpEncryptor::recipient() const
{
    return d->recipient;
}

void OpenPgpEncryptor::setArmor(bool armor)
{
    d->armor = armor;
}

void OpenPgpEncryptor::setInnerFileName(const QString& name)
{
    d->innerName = name.toUtf8();
}

bool OpenPgpEncryptor::encrypt(const QByteArray& plain, QIODevice* out)
{
    if (!d->key)
        return d->fail(tr("No OpenPGP key was chosen."));
    gpgme_data_t rawIn = nullptr;
    if (gpgme_error_t err = gpgme_data_new_from_mem(&rawIn, plain.constData(), size_t(plain.size()), 0); err)
        return d->fail(tr("Encryption failed: %1").arg(gpgmeText(err)));
    const Data in(rawIn);
    if (!d->innerName.isEmpty())
        gpgme_data_set_file_name(in.get(), d->innerName.constData());
    Sink sink;
    sink.device = out;
    gpgme_data_cbs callbacks{nullptr, &writeToSink, nullptr, nullptr};
    gpgme_data_t rawOut = nullptr;
    if (gpgme_error_t err = gpgme_data_new_from_cbs(&rawOut, &callbacks, &sink); err)
        return d->fail(tr("Encryption failed: %1").arg(gpgmeText(err)));
    const Data cipher(rawOut);
    gpgme_set_armor(d->ctx.get(), d->armor ? 1 : 0);
    gpgme_key_t recipients[] = {d->key.get(), nullptr};
    // Always-trust: the officer named this key (its fingerprint is shown). No encrypt-to: a gpg.conf line
    // must not add another reader.
    const auto flags = gpgme_encrypt_flags_t(GPGME_ENCRYPT_ALWAYS_TRUST | GPGME_ENCRYPT_NO_ENCRYPT_TO);
    const gpgme_error_t err = gpgme_op_encrypt(d->ctx.get(), recipients, flags, in.get(), cipher.get());
    if (sink.failed)
        return d->fail(out->errorString().isEmpty() ? tr("The encrypted file could not be written.")
                                                    : out->errorString());
    if (err != 0)
        return d->fail(tr("Encryption for %1 failed: %2")
                           .arg(QString::fromLatin1(d->recipient.fingerprint), gpgmeText(err)));
    if (const gpgme_encrypt_result_t result = gpgme_op_encrypt_result(d->ctx.get());
        result && result->invalid_recipients)
        return d->fail(tr("Encryption for %1 failed: %2")
                           .arg(QString::fromLatin1(d->recipient.fingerprint),
                                gpgmeText(result->invalid_recipients->reason)));
    return true;
}

QString OpenPgpEncryptor::errorString() const
{
    return d->error;
}

} // namespace bd
