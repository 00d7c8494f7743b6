// The fingerprint by which people compare signing keys, e.g. over the telephone before an archive is sent:
// "ed25519:" and the SHA-256 of the 32-byte public key in base32 (RFC 4648 §6, A–Z and 2–7, no padding),
// 52 characters in 13 groups of four joined by hyphens. Base32 has no 0/O or 1/l pairs to confuse aloud.
#pragma once

#include <QByteArray>
#include <QString>

namespace bd {

inline constexpr auto Ed25519Prefix = "ed25519:";

// The fingerprint of an Ed25519 public key (32 bytes), e.g. "ed25519:MFRG-GZDF-…".
QString keyFingerprint(const QByteArray& publicKey);

// `text` as a fingerprint in the form keyFingerprint() writes it, whatever its case, with or without the
// "ed25519:" prefix and with spaces or hyphens anywhere; empty when it is not one (wrong length or letters).
QString canonicalFingerprint(const QString& text);

} // namespace bd
