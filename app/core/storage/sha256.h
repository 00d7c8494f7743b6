// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them: the
// workspace check on open hashes every issued PDF and every audit entry, and Qt 6.4's QCryptographicHash
// (portable C) is several times slower on this (see docs/benchmarks.md, "Verifying a workspace on open").
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace bd {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView bytes);
    // The digest as 64 lowercase hexadecimal digits; the hasher starts again afterwards.
    QByteArray hex();

    static QByteArray hexOf(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace bd
