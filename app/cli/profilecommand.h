// company-profile: the workspace's company profile (app/core/incident/companyprofile.h) as JSON, one key per
// field; --set FILE changes the fields the file names (validated whole first: nothing is saved when any is
// wrong) and records the change in the audit trail, as Edit ▸ Company Profile… does in the window.
#pragma once

#include "clicommand.h"

namespace bd {

class CompanyProfileCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::CompanyProfileCommand)
public:
    QString name() const override { return QStringLiteral("company-profile"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
