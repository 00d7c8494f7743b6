#include "recipientimport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

bool RecipientImport::open(const QString& path, const SourceFileOptions& options)
{
    m_path = path;
    m_error.clear();
    m_preview.clear();
    m_stopped = false;
    m_noRows = false;
    if (!m_file.open(path, options)) {
        m_error = m_file.errorString();
        return false;
    }
    RecordSource* source = m_file.source();
    bool haveHeader = false;
    while (!haveHeader && source->readNext(&m_header))
        haveHeader = !m_header.isBlank();
    if (!haveHeader) {
        m_noRows = source->errorString().isEmpty();
        m_error = source->errorString().isEmpty()
                      ? QCoreApplication::translate("bd::RecipientImport", "The file has no rows.")
                      : source->errorString();
        return false;
    }
    return true;
}

QList<SourceRecord> RecipientImport::readPreview(int count)
{
    QList<SourceRecord> read;
    SourceRecord record;
    while (read.size() < count && m_file.source()->readNext(&record))
        read.append(record);
    m_preview += read;
    return read;
}

ColumnMapping RecipientImport::initialMapping(const QStringList& header, const QString& remembered)
{
    return remembered.isEmpty()
               ? ColumnMapping::guess(header)
               : ColumnMapping::fromJson(QJsonDocument::fromJson(remembered.toUtf8()).object(), header);
}

ImportPlan RecipientImport::plan(const ColumnMapping& mapping, ImportOptions options,
                                 const Progress& progress)
{
    ImportPlanner planner(m_header, mapping, options);
    options.existing.clear(); // the planner has its own copy: not held twice
    for (const SourceRecord& r : std::as_const(m_preview))
        planner.add(r);
    RecordSource* source = m_file.source();
    SourceRecord record;
    int n = int(m_preview.size());
    m_preview.clear();
    while (source->readNext(&record)) {
        planner.add(record);
        if ((++n & 63) == 0 && progress && !progress(n, source->progress())) {
            m_stopped = true;
            break;
        }
    }
    if (!source->errorString().isEmpty())
        planner.setFatalError(source->errorString());
    return planner.takePlan();
}

ImportCommit RecipientImport::commitFor(const ImportPlan& plan, const QString& sourceLabel,
                                        qint64 plannedVersion)
{
    ImportCommit commit;
    commit.mappingJson =
        QString::fromUtf8(QJsonDocument(plan.mapping.toJson(plan.header)).toJson(QJsonDocument::Compact));
    commit.sourceLabel = sourceLabel;
    commit.fields = plan.fields;
    commit.plannedVersion = plannedVersion;
    return commit;
}

} // namespace bd
