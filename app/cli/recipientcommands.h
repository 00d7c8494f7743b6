// import-recipients and export-recipients: a recipient group's list from and to CSV/XLSX, for large lists
// and scripted use. The same core as the import dialog (SourceFile, ImportPlanner, ColumnMapping) and the
// export menu (writeRecipientFile).
#pragma once

#include "clicommand.h"

namespace bd {

class ImportRecipientsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ImportRecipientsCommand)
public:
    QString name() const override { return QStringLiteral("import-recipients"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

class ExportRecipientsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ExportRecipientsCommand)
public:
    QString name() const override { return QStringLiteral("export-recipients"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
