// An export and its audit entry as one: the audit trail never claims a file that is not complete, and no
// complete export goes unrecorded. Used by the commands and by the window alike.
#pragma once

#include "auditrepository.h"
#include "database.h"

#include <functional>

namespace bd {

struct RecordedExport
{
    enum class Outcome
    {
        Recorded,    // written, and its entry is in the audit trail
        NotRecorded, // written; the workspace is read-only, so no entry could be appended
        NotWritten,  // `write` failed (and said why)
        TakenBack,   // written, but the entry could not be appended: a regular file was removed again
    };
    Outcome outcome = Outcome::NotWritten;
    StorageError error; // why the entry could not be appended (TakenBack)

    bool written() const { return outcome == Outcome::Recorded || outcome == Outcome::NotRecorded; }
};

// Runs `write`, which writes the whole output to `outputPath` (an OutputFile: complete under its final name,
// or nothing) and describes it in the record, inside a write transaction that then appends the "export"
// audit entry. When the entry cannot be appended (busy past the timeout, disk full), a regular file `write`
// made is removed, so that nothing leaves the workspace unrecorded; a stream (standard output, a FIFO) cannot
// be taken back.
RecordedExport writeRecordedExport(Database& db, const QString& outputPath,
                                   const std::function<bool(ExportRecord*)>& write);

} // namespace bd
