#include "fingerprint.h"

#include <QCryptographicHash>

namespace bd {

namespace {

constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int FingerprintChars = 52; // 256 bits in 5-bit letters, the last one padded with zeros
constexpr int GroupSize = 4;

QString base32(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString grouped(const QString& letters)
{
    QString out = QString::fromLatin1(Ed25519Prefix);
    for (qsizetype i = 0; i < letters.size(); i += GroupSize) {
        if (i > 0)
            out += QLatin1Char('-');
        out += letters.mid(i, GroupSize);
    }
    return out;
}

} // namespace

QString keyFingerprint(const QByteArray& publicKey)
{
    return grouped(base32(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)));
}

QString canonicalFingerprint(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String(Ed25519Prefix), Qt::CaseInsensitive))
        rest = rest.mid(qsizetype(qstrlen(Ed25519Prefix)));
    QString letters;
    for (const QChar c : std::as_const(rest)) {
        if (c == u'-' || c == u' ')
            continue;
        const QChar upper = c.toUpper();
        if (!((upper >= u'A' && upper <= u'Z') || (upper >= u'2' && upper <= u'7')))
            return {};
        letters += upper;
        if (letters.size() > FingerprintChars)
            return {};
    }
    return letters.size() == FingerprintChars ? grouped(letters) : QString();
}

} // namespace bd
