#include "demorecipients.h"

#include "importplan.h"
#include "recipientrepository.h"
#include "sourcefile.h"

#include <QJsonDocument>

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
        SourceFile file;
        if (!file.open(QStringLiteral(":/demo/recipients/") + fileName))
            return fail(file.errorString());
        SourceRecord header;
        if (!file.source()->readNext(&header))
            return fail(file.source()->errorString());
        const ColumnMapping mapping = ColumnMapping::guess(header.cells);
        const ImportOptions options = repo.importOptions(*group, fileName, error);
        if (*error)
            return false;
        ImportPlanner planner(header, mapping, options);
        SourceRecord record;
        while (file.source()->readNext(&record))
            planner.add(record);
        ImportPlan plan = planner.takePlan();
        if (plan.hasErrors() || plan.counts.rejected > 0 || !plan.fatalError.isEmpty())
            return fail(plan.summary());
        const QString mappingJson =
            QString::fromUtf8(QJsonDocument(mapping.toJson(header.cells)).toJson(QJsonDocument::Compact));
        if (!repo.commitImport(group->id, plan.accepted, mappingJson, fileName, error))
            return false;
    }
    return true;
}

} // namespace bd
