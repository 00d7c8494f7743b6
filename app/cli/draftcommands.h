// draft-filing: any kind of filing or notice of the Filings page as text, a web page or a PDF, drafted by the
// same core code (FilingDrafter). Nothing is issued or entered in the filing register.
#pragma once

#include "clicommand.h"

namespace bd {

class DraftFilingCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::DraftFilingCommand)
public:
    QString name() const override { return QStringLiteral("draft-filing"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
