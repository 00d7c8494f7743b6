// export-letters: a recipient group's letters as one merged PDF and/or one PDF per recipient.
#pragma once

#include "clicommand.h"

namespace bd {

class ExportLettersCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ExportLettersCommand)
public:
    QString name() const override { return QStringLiteral("export-letters"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
