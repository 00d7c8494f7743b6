// Helper for tst_crashsafety: edits one text field of the workspace's first incident through IncidentDocument
// in an endless loop, printing each committed counter value on its own line, until it is killed.
//   bd_crashwriter WORKSPACE
// The counter continues from the number the field already holds, so repeated runs on one file keep counting.
#include "database.h"
#include "incidentdocument.h"
#include "incidentrepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bd_crashwriter WORKSPACE\n");
        return 1;
    }
    bd::Database db;
    bd::StorageError error;
    if (!db.open(args.at(1), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.text()));
        return 2;
    }
    const QList<bd::IncidentSummary> incidents = bd::IncidentRepository(db).list(true, &error);
    if (incidents.isEmpty()) {
        std::fprintf(stderr, "no incident: %s\n", qPrintable(error.text()));
        return 3;
    }
    bd::IncidentDocument doc(db);
    if (!doc.load(incidents.constFirst().id, &error)) {
        std::fprintf(stderr, "load: %s\n", qPrintable(error.text()));
        return 4;
    }
    doc.undoStack()->setUndoLimit(20); // runs for as long as the test lets it
    QObject::connect(&doc, &bd::IncidentDocument::storageFailed, [](const bd::StorageError& e) {
        std::fprintf(stderr, "storage failed: %s\n", qPrintable(e.text()));
    });

    qint64 counter = doc.incident().titleEn.toLongLong();
    for (;;) {
        ++counter;
        if (!doc.setIncidentField(QStringLiteral("title_en"), QString::number(counter)))
            return 5;
        // (an edit that found the workspace busy waits in memory: it is committed once the retry succeeds)
        while (!doc.retryNow(1000)) {
        }
        // Only now is the value committed: report it.
        std::printf("%lld\n", static_cast<long long>(counter));
        std::fflush(stdout);
    }
}
