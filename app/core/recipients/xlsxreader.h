// Reads the rows of one sheet of an .xlsx workbook: QuaZip for the zip, QXmlStreamReader for the parts. The
// sheet is found through workbook.xml and its relationships; shared strings (including rich-text runs,
// without the furigana of <rPh>), inline strings, numbers (as written, e.g. "12345"), booleans (TRUE/FALSE)
// and error values are read as text. Cells are placed by their reference, so gaps become empty cells. Rows
// stream one at a time; only the shared-string table is held in memory.
// The workbook is not trusted: parts stream through ZipEntryDevice (app/core/safezip/boundedzip.h) under the
// caps listed in xlsxreader.cpp, and reading ends at the first zip, zlib or XML error with a message that
// names the part, e.g. "xl/worksheets/sheet1.xml is damaged (the compressed data is corrupt).".
#pragma once

#include "recordsource.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace bd {

class XlsxReader final : public RecordSource
{
public:
    explicit XlsxReader(const QString& path);
    // Reads from a device (not owned; a QBuffer, for instance), which must stay alive while reading.
    explicit XlsxReader(QIODevice* device);
    ~XlsxReader() override;
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    // Polled while parts are read (every 64 KiB); true ends reading with a "cancelled" error. Before open().
    void setCancelCheck(std::function<bool()> cancelled);

    // Opens the workbook and selects its first sheet. False (with errorString()) when it is not a readable
    // .xlsx.
    bool open();
    // Sheet names in workbook order.
    QStringList sheetNames() const;
    // Selects a sheet by 0-based index or by name and restarts reading at its first row. False when missing.
    bool selectSheet(int index);
    bool selectSheet(const QString& name);
    int currentSheet() const;

    // The next row that has at least one non-empty cell. Rows are padded with empty cells to the width of the
    // first row read (the header), so that cells Excel omits because they are empty are still there.
    bool readNext(SourceRecord* record) override;
    QString errorString() const override;
    double progress() const override;

    // Column letters to 0-based index ("A" → 0, "AA" → 26), -1 when not letters or beyond XFD.
    static int columnIndex(QStringView letters);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bd
