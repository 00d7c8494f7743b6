// backup: a consistent copy of the workspace made through SQLite (never a file copy of an open workspace).
// restore: replaces the workspace's contents with a checked backup, keeping a safety copy of what was there.
#pragma once

#include "clicommand.h"

namespace bd {

class BackupCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

class RestoreCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(bd::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace bd
