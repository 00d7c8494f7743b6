#include "publickey.h"

#include "fingerprint.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace bd {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // 1 when already initialised, -1 on failure
    return ready;
}

std::optional<PublicKey> PublicKey::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != Ed25519PublicKeyBytes)
        return std::nullopt;
    return PublicKey(bytes);
}

std::optional<PublicKey> PublicKey::fromFile(const QByteArray& content, QString* error)
{
    const auto fail = [&](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    if (content.size() > MaxKeyFileSize)
        return fail(tr("it is too large to be a public key file"));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parse);
    const QJsonObject o = document.object();
    if (parse.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(PublicKeyFileFormat))
        return fail(tr("it is not a BreachDesk public key file"));
    if (o.value(QStringLiteral("version")).toInt() != 1 ||
        o.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519"))
        return fail(tr("it has a version or algorithm this program does not know"));
    const auto decoded = QByteArray::fromBase64Encoding(
        o.value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    std::optional<PublicKey> key = decoded ? fromBytes(*decoded) : std::nullopt;
    if (!key)
        return fail(tr("its public key is not 32 bytes of base64"));
    // The fingerprint is there for people to read; a file whose fingerprint is not its key's is damaged.
    if (canonicalFingerprint(o.value(QStringLiteral("fingerprint")).toString()) != key->fingerprint())
        return fail(tr("its fingerprint does not belong to its public key"));
    return key;
}

QString PublicKey::fingerprint() const
{
    return keyFingerprint(m_bytes);
}

bool PublicKey::verifies(const QByteArray& message, const QByteArray& signature) const
{
    if (!sodiumReady() || signature.size() != Ed25519SignatureBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(m_bytes.constData())) == 0;
}

QByteArray PublicKey::toFile() const
{
    const QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(PublicKeyFileFormat)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                        {QStringLiteral("public_key"), QString::fromLatin1(m_bytes.toBase64())},
                        {QStringLiteral("fingerprint"), fingerprint()}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace bd
