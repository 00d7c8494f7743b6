#include "recordedexport.h"

#include <QFile>
#include <QFileInfo>

namespace bd {

RecordedExport writeRecordedExport(Database& db, const QString& outputPath,
                                   const std::function<bool(ExportRecord*)>& write)
{
    RecordedExport result;
    if (db.isReadOnly()) {
        ExportRecord unused;
        result.outcome =
            write(&unused) ? RecordedExport::Outcome::NotRecorded : RecordedExport::Outcome::NotWritten;
        return result;
    }
    bool written = false;
    const bool recorded = db.transaction(
        [&](StorageError* error) {
            ExportRecord record;
            written = write(&record);
            return written && AuditRepository(db).recordExport(record, error);
        },
        &result.error);
    if (recorded) {
        result.outcome = RecordedExport::Outcome::Recorded;
    } else if (written) {
        const QFileInfo info(outputPath);
        if (info.isFile() && !info.isSymLink())
            QFile::remove(outputPath);
        result.outcome = RecordedExport::Outcome::TakenBack;
    }
    return result;
}

} // namespace bd
