// Shared by the filings suites: the worked example of domain.md §5 (the demo incident, which carries its
// facts and narratives), the officer's decision on trigger 2, and a workspace with the demo imported.
#pragma once

#include "database.h"
#include "decision.h"
#include "incidentjson.h"
#include "incidenttransfer.h"
#include "outputtestsupport.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace bd::test {

inline IncidentDocumentData workedExample()
{
    IncidentDocumentData data;
    QList<IncidentJsonError> errors;
    if (!IncidentJson::fromBytes(IncidentTransfer::demoIncidentJson(), &data, &errors))
        qFatal("The demo incident does not parse: %s", qPrintable(errors.value(0).text()));
    return data;
}

// Bank-account details alone: trigger 2 does not apply (PPC FAQ Q14-8, domain.md §5).
inline QList<Decision> workedExampleDecisions()
{
    return {Decision{
        QStringLiteral("JP-T2"), false, QStringLiteral("口座番号のみ。認証情報・カード番号は含まれない。"),
        QDateTime(QDate(2024, 9, 1), QTime(10, 0), QTimeZone(9 * 3600)), QStringLiteral("officer")}};
}

inline QDateTime jstAt(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(9 * 3600));
}

// A workspace in a temporary directory with the demo incident imported.
struct Workspace
{
    QTemporaryDir dir;
    Database db;
    qint64 incidentId = 0;

    bool open()
    {
        StorageError error;
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("ws.breachdesk")), &error))
            return false;
        const std::optional<qint64> id = IncidentTransfer(db).ensureDemoIncident(&error);
        incidentId = id.value_or(0);
        return incidentId != 0;
    }
};

} // namespace bd::test
