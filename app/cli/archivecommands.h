// export-archive: an incident's whole record (issued documents, register, obligations, audit trail) as one
// zip with a manifest of SHA-256 hashes signed with the user's key, for the file or for outside counsel.
// verify-archive: checks such a zip against its manifest, the manifest's signature and, with --key, whose it
// is (docs/signing.md).
#pragma once

#include "clicommand.h"

namespace bd {

class ExportArchiveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ExportArchiveCommand)
public:
    QString name() const override { return QStringLiteral("export-archive"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

class VerifyArchiveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::VerifyArchiveCommand)
public:
    QString name() const override { return QStringLiteral("verify-archive"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    // The fingerprint --key names: `value` is a public key file or a fingerprint. Empty, with `error`, when
    // it is neither.
    static QString expectedSigner(const QString& value, QString* error);
};

} // namespace bd
