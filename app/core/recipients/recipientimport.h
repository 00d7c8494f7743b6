// One import of a list into a recipient group, the same for the import dialog, the command line and the demo
// loader: open the file (CSV or XLSX; its first non-blank row is the header), choose the mapping (the one
// remembered for the group, or a guess from the header), plan every row against the group (importplan.h)
// with progress and cancel, and describe the commit of the plan (ImportCommit). Reading and planning touch
// no database, so they may run on a worker thread; the plan is saved through RecipientService::commitImport
// (services/recipientservice.h), which makes the whole import one undo step.
#pragma once

#include "importplan.h"
#include "sourcefile.h"

#include <functional>

namespace bd {

class RecipientImport
{
public:
    // Told the data rows read so far and the share of the file read (0…1) every 64 rows; returning false
    // stops the plan.
    using Progress = std::function<bool(int rows, double fraction)>;

    // Opens the file and reads its header. False with errorString() when the file cannot be opened, is
    // damaged (then file().source()->errorString() has the reader's reason) or has no rows at all.
    bool open(const QString& path, const SourceFileOptions& options = {});
    QString errorString() const { return m_error; }
    // open() failed because the file has no rows (it could be read).
    bool hasNoRows() const { return m_noRows; }
    const SourceFile& file() const { return m_file; }
    QString path() const { return m_path; }
    const SourceRecord& header() const { return m_header; }

    // Reads up to `count` data rows after the header, for a preview; they are planned with the rest.
    QList<SourceRecord> readPreview(int count);

    // The mapping remembered for the group (ColumnMapping::toJson, as ImportCommit::mappingJson saves it)
    // applied to `header`; a guess from the header when nothing is remembered.
    static ColumnMapping initialMapping(const QStringList& header, const QString& remembered);

    // Plans the rows read for the preview and every row after them. A reader's error ends the plan early
    // (ImportPlan::fatalError). When `progress` stops it, the plan covers the rows read so far and
    // stopped() is true. Once only: the rows are read as they are planned.
    ImportPlan plan(const ColumnMapping& mapping, ImportOptions options, const Progress& progress = {});
    bool stopped() const { return m_stopped; }

    // How the plan's accepted rows are saved: its mapping remembered for the group, the file's name for the
    // audit trail, its mapped fields, and the group's version the plan was made on (ImportOptions).
    static ImportCommit commitFor(const ImportPlan& plan, const QString& sourceLabel, qint64 plannedVersion);

private:
    SourceFile m_file;
    QString m_path;
    QString m_error;
    SourceRecord m_header;
    QList<SourceRecord> m_preview;
    bool m_stopped = false;
    bool m_noRows = false;
};

} // namespace bd
