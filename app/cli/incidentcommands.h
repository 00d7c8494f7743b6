// list-incidents, export-incident and import-incident.
#pragma once

#include "clicommand.h"

namespace bd {

class ListIncidentsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ListIncidentsCommand)
public:
    QString name() const override { return QStringLiteral("list-incidents"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

class ExportIncidentCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ExportIncidentCommand)
public:
    QString name() const override { return QStringLiteral("export-incident"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

class ImportIncidentCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::ImportIncidentCommand)
public:
    QString name() const override { return QStringLiteral("import-incident"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
