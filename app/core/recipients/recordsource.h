// What the CSV and XLSX readers yield: one record (row of cells) at a time, with its row as Excel numbers it
// (a CSV record with line breaks in quoted fields is one row; an XLSX row keeps the sheet's number).
#pragma once

#include "importproblem.h"

#include <QList>
#include <QStringList>

namespace bd {

struct SourceRecord
{
    int row = 0; // 1-based row as Excel numbers it (the header is row 1)
    QStringList cells;
    QList<ImportProblem> problems; // found while reading this record (malformed quoting …)

    bool isBlank() const; // no cells, or only empty/whitespace cells
};

// A streaming source of records: CsvReader, XlsxReader.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // Reads the next non-empty record; false at the end of the data or after a fatal error (errorString()).
    virtual bool readNext(SourceRecord* record) = 0;
    // Empty unless reading stopped on an error (I/O, not a valid file, missing sheet …); translated.
    virtual QString errorString() const = 0;
    // Rough fraction of the input consumed, 0..1, for progress bars.
    virtual double progress() const = 0;
};

} // namespace bd
