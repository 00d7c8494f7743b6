// Exporting an incident to the JSON exchange format and importing one back, as one transaction.
#pragma once

#include "database.h"
#include "incidentjson.h"

#include <optional>

namespace bd {

class IncidentTransfer
{
    Q_DECLARE_TR_FUNCTIONS(bd::IncidentTransfer)
public:
    explicit IncidentTransfer(Database& db) : m_db(db) {}

    // The incident as JSON, with its "filings" block: the filing records, and the public notice's editions
    // recorded as published outside BreachDesk together with those issued in it.
    std::optional<QByteArray> exportJson(qint64 incidentId, StorageError* error) const;
    std::optional<IncidentFilings> filingsOf(qint64 incidentId, StorageError* error) const;

    enum class CodeConflict
    {
        Fail,
        NewCode
    };
    struct ImportResult
    {
        qint64 incidentId = 0;
        QString code;
        bool codeChanged = false;
        QList<IncidentJsonError> problems; // the file's problems; nothing was imported when non-empty
        StorageError storage;              // a database failure; nothing was imported
        bool ok() const { return incidentId != 0; }
    };
    // Validates the whole file first; imports nothing unless it is complete and valid. Its filing records and
    // published editions are recorded in the same transaction (audited as the window records them).
    ImportResult importJson(const QByteArray& bytes, CodeConflict onConflict) const;

    // The demo incident shipped in the resources, imported once (returns its id; an existing copy is reused).
    // With recipient lists, its groups are filled from the shipped fictional lists (as the application's
    // --demo does); tests that bring their own recipients leave them out.
    enum class DemoLists
    {
        Without,
        WithRecipients
    };
    std::optional<qint64> ensureDemoIncident(StorageError* error, DemoLists lists = DemoLists::Without) const;
    static QByteArray demoIncidentJson();

private:
    Database& m_db;
};

} // namespace bd
