// An Ed25519 public key: checks signatures, and is written to and read from the public key file that
// `breachdesk key --export-public` makes for counsel (the format is in docs/signing.md).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bd {

inline constexpr int Ed25519PublicKeyBytes = 32;
inline constexpr int Ed25519SignatureBytes = 64;
inline constexpr auto PublicKeyFileFormat = "breachdesk-public-key";
// Far above the few hundred bytes of a real public key or signature file; read whole, never streamed.
inline constexpr qint64 MaxKeyFileSize = 64 * 1024;

// libsodium initialised (once, thread-safe); false when it cannot be (no source of randomness).
bool sodiumReady();

class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(bd::PublicKey)
public:
    // From the raw 32 bytes; nullopt for any other length.
    static std::optional<PublicKey> fromBytes(const QByteArray& bytes);
    // From a public key file's content; nullopt with the reason in `error` (translated) when it is not one.
    static std::optional<PublicKey> fromFile(const QByteArray& content, QString* error);

    const QByteArray& bytes() const { return m_bytes; }
    QString fingerprint() const;
    // True when `signature` (64 bytes) is this key's Ed25519 signature of exactly `message`.
    bool verifies(const QByteArray& message, const QByteArray& signature) const;
    // The public key file (JSON, UTF-8).
    QByteArray toFile() const;

private:
    explicit PublicKey(const QByteArray& bytes) : m_bytes(bytes) {}
    QByteArray m_bytes;
};

} // namespace bd
