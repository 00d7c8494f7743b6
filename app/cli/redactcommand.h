// redact: blanks the personal data of an archived incident whose retention period has ended, keeping every
// count, every recorded hash and the audit chain verifiable (app/core/storage/redactionrepository.h,
// docs/redaction.md). Without --yes it only says what it would do and which copies outside the workspace
// it cannot reach.
#pragma once

#include "clicommand.h"

namespace bd {

class RedactCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::RedactCommand)
public:
    QString name() const override { return QStringLiteral("redact"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
