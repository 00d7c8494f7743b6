// The user's Ed25519 signing key. One per user of the machine, kept outside the workspace (keyfolder.h) in
// the file "signing-key.json" (0600, in a 0700 folder; the format is in docs/signing.md), made on first need
// and written through OutputFile, so that it appears whole or not at all. A key file that other users can
// read, that is a link, or that is damaged is an error: never replaced, never used.
#pragma once

#include "publickey.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace bd {

inline constexpr auto SigningKeyFileName = "signing-key.json";
inline constexpr auto SigningKeyFileFormat = "breachdesk-signing-key";

class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(bd::SigningKey)
public:
    enum class Problem
    {
        None,
        Missing,    // load(): there is no key yet
        Refused,    // the folder or file is open to other users, a link, inside the workspace folder …
        Damaged,    // the file is there but is not a whole, consistent key
        NotWritten, // a new key could not be written (full disk, read-only folder …)
        NoCrypto,   // libsodium could not be initialised
    };
    struct Loaded; // below
    // The key in `folder` (KeyFolder::path() by default) of a user of the workspace at `workspacePath` (empty
    // when there is none, e.g. `breachdesk key` without --workspace).
    static Loaded load(const QString& workspacePath, const QString& folder);
    static Loaded load(const QString& workspacePath);
    // The same, making the key (and its folder) when there is none yet.
    static Loaded loadOrCreate(const QString& workspacePath, const QString& folder);
    static Loaded loadOrCreate(const QString& workspacePath);

    SigningKey(SigningKey&&) noexcept = default;
    SigningKey& operator=(SigningKey&&) noexcept = default;
    ~SigningKey();

    const PublicKey& publicKey() const { return m_public; }
    QString fingerprint() const { return m_public.fingerprint(); }
    // The Ed25519 signature (64 bytes) of exactly `message`.
    QByteArray sign(const QByteArray& message) const;

private:
    struct SecretDeleter
    {
        void operator()(unsigned char* secret) const;
    };
    using Secret = std::unique_ptr<unsigned char, SecretDeleter>;
    SigningKey(Secret secret, PublicKey publicKey);
    static Loaded open(const QString& workspacePath, const QString& folder, bool create);
    static std::optional<SigningKey> fromFile(const QByteArray& content, QString* why);
    static Loaded generate(const QString& path);

    Secret m_secret; // libsodium's 64-byte secret key (seed and public key) in guarded memory
    PublicKey m_public;
};

struct SigningKey::Loaded
{
    std::optional<SigningKey> key;
    Problem problem = Problem::None;
    QString error;        // translated, naming the file and what to do
    QString path;         // the key file
    bool created = false; // loadOrCreate() made it now
};

} // namespace bd
