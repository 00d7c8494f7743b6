#include "demorecipients.h"

#include "recipientimport.h"
#include "recipientrepository.h"

namespace bd {

bool DemoRecipients::import(Database& db, qint64 incidentId, StorageError* error)
{
    RecipientRepository repo(db);
    if (!repo.ensureBuiltinGroups(incidentId, error))
        return false;
    static const char* const groupKeys[] = {"consignor_clients", "employees", "candidates",
                                            "business_contacts"};
    for (const char* key : groupKeys) {
        const auto group = repo.groupByKey(incidentId, QString::fromLatin1(key), error);
        if (!group)
            return false;
        const QString fileName = QString::fromLatin1(key) + QStringLiteral(".csv");
        const auto fail = [&](const QString& why) {
            *error = StorageError::make(
                StorageError::Invalid,
                tr("The demo list %1 shipped with this build is invalid: %2").arg(fileName, why));
            return false;
        };
        // The same session as a user's import (recipientimport.h). The demo incident is being created: its
        // lists are not an undo step of anybody's, so they are committed here, not through the service.
        RecipientImport session;
        if (!session.open(QStringLiteral(":/demo/recipients/") + fileName))
            return fail(session.errorString());
        const ImportOptions options = repo.importOptions(*group, fileName, error);
        if (*error)
            return false;
        const qint64 plannedVersion = options.groupVersion;
        ImportPlan plan =
            session.plan(RecipientImport::initialMapping(session.header().cells, QString()), options);
        if (plan.hasErrors() || plan.counts.rejected > 0 || !plan.fatalError.isEmpty())
            return fail(plan.summary());
        if (!repo.commitImport(group->id, plan.accepted,
                               RecipientImport::commitFor(plan, fileName, plannedVersion), nullptr, error))
            return false;
    }
    return true;
}

} // namespace bd
