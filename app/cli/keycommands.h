// key: the user's signing key (app/core/signing/signingkey.h), with which export-archive signs its
// manifest. --show prints its fingerprint, which the reader of an archive compares with the one
// verify-archive prints; --export-public writes the public key file that verify-archive --key reads.
#pragma once

#include "clicommand.h"
#include "signingkey.h"

namespace bd {

class KeyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::KeyCommand)
public:
    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

// The exit code for a signing key that could not be had: 2 when the key file or folder is refused or
// damaged (the user must fix it), 8 when a new key could not be written.
int signingKeyExitCode(SigningKey::Problem problem);

} // namespace bd
