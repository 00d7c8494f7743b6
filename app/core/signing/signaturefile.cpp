#include "signaturefile.h"

#include "fingerprint.h"
#include "signingkey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

QByteArray SignatureFile::make(const SigningKey& key, const QByteArray& message, const QString& signedName)
{
    const QJsonObject o{
        {QStringLiteral("format"), QString::fromLatin1(SignatureFileFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
        {QStringLiteral("signed_file"), signedName},
        {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().bytes().toBase64())},
        {QStringLiteral("fingerprint"), key.fingerprint()},
        {QStringLiteral("signature"), QString::fromLatin1(key.sign(message).toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

SignatureFile::Check SignatureFile::check(const QByteArray& file, const QByteArray& message,
                                          const QString& signedName)
{
    Check check;
    const auto damaged = [&check](const QString& why) {
        check.status = Check::Status::Damaged;
        check.problem = why;
        return check;
    };
    if (file.size() > MaxKeyFileSize)
        return damaged(tr("it is too large to be a signature"));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parse);
    const QJsonObject o = document.object();
    if (parse.error != QJsonParseError::NoError || !document.isObject() ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(SignatureFileFormat))
        return damaged(tr("it is not a BreachDesk signature"));
    if (o.value(QStringLiteral("version")).toInt() != 1 ||
        o.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519"))
        return damaged(tr("it has a version or algorithm this program does not know"));
    if (o.value(QStringLiteral("signed_file")).toString() != signedName)
        return damaged(tr("it signs another file than %1").arg(signedName));
    const auto keyBytes = QByteArray::fromBase64Encoding(
        o.value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const std::optional<PublicKey> key = keyBytes ? PublicKey::fromBytes(*keyBytes) : std::nullopt;
    if (!key)
        return damaged(tr("its public key is not 32 bytes of base64"));
    check.fingerprint = key->fingerprint();
    // The fingerprint is written for people who read the file; it must be the key's own.
    if (canonicalFingerprint(o.value(QStringLiteral("fingerprint")).toString()) != check.fingerprint)
        return damaged(tr("its fingerprint does not belong to its public key"));
    const auto signature = QByteArray::fromBase64Encoding(
        o.value(QStringLiteral("signature")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded.size() != Ed25519SignatureBytes)
        return damaged(tr("its signature is not 64 bytes of base64"));
    check.status = key->verifies(message, signature.decoded) ? Check::Status::Valid : Check::Status::Mismatch;
    return check;
}

} // namespace bd
