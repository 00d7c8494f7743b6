// The list of headless commands. Add a command here after writing its class.
#include "archivecommands.h"
#include "backupcommands.h"
#include "clicommand.h"
#include "draftcommands.h"
#include "incidentcommands.h"
#include "keycommands.h"
#include "lettercommands.h"
#include "obligationcommands.h"
#include "profilecommand.h"
#include "recipientcommands.h"
#include "redactcommand.h"

namespace bd {

const std::vector<std::unique_ptr<CliCommand>>& cliCommands()
{
    static const std::vector<std::unique_ptr<CliCommand>> commands = [] {
        std::vector<std::unique_ptr<CliCommand>> list;
        list.push_back(std::make_unique<ListIncidentsCommand>());
        list.push_back(std::make_unique<ExportIncidentCommand>());
        list.push_back(std::make_unique<ImportIncidentCommand>());
        list.push_back(std::make_unique<ExportLettersCommand>());
        list.push_back(std::make_unique<ObligationsCommand>());
        list.push_back(std::make_unique<ImportRecipientsCommand>());
        list.push_back(std::make_unique<ExportRecipientsCommand>());
        list.push_back(std::make_unique<DraftFilingCommand>());
        list.push_back(std::make_unique<ExportArchiveCommand>());
        list.push_back(std::make_unique<VerifyArchiveCommand>());
        list.push_back(std::make_unique<KeyCommand>());
        list.push_back(std::make_unique<BackupCommand>());
        list.push_back(std::make_unique<RestoreCommand>());
        list.push_back(std::make_unique<RedactCommand>());
        list.push_back(std::make_unique<CompanyProfileCommand>());
        return list;
    }();
    return commands;
}

} // namespace bd
