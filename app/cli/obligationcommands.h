// obligations: which rules fire for an incident, why, and which filings are due by when — as a table or
// JSON, from the workspace (--incident CODE) or from an incident JSON file as written by export-incident.
#pragma once

#include "clicommand.h"

namespace bd {

class ObligationsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ObligationsCommand)
public:
    QString name() const override { return QStringLiteral("obligations"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
