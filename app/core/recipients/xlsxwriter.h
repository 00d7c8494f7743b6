// Writes a minimal valid .xlsx (content types, package and workbook relationships, workbook, styles, one
// worksheet) with QuaZip and QXmlStreamWriter. Every cell is an inline string in the "Text" (@) number
// format, so postcodes and phone numbers keep their leading zeros and editing a cell never makes it a
// formula. Rows stream to the zip: memory stays flat however many rows are written. Cells are guarded against
// formula injection (formulaguard.h).
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace bd {

class XlsxWriter
{
public:
    explicit XlsxWriter(const QString& path);
    // Writes into `device` (e.g. a QBuffer, for a workbook that is encrypted before it reaches a disk).
    explicit XlsxWriter(QIODevice* device);
    ~XlsxWriter(); // closes (completes) the file if close() was not called
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Before open(). Characters Excel forbids ([]:*?/\) are replaced and the name is cut to 31 characters.
    void setSheetName(const QString& name);
    void setNeutraliseFormulas(bool on); // default on

    bool open();
    // Writes the next row (the first is row 1). False on a write error.
    bool writeRow(const QStringList& cells);
    // Finishes the sheet and the zip; the file is valid only after this. False on error.
    bool close();

    QString errorString() const;
    static QString sanitiseSheetName(const QString& name);
    // 0 → "A", 25 → "Z", 26 → "AA".
    static QString columnLetters(int index);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bd
