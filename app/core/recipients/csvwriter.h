// CSV export: UTF-8 with a byte-order mark (so that Excel reads it as UTF-8) or CP932 (Japanese Excel's
// default), CRLF line ends, fields quoted when they hold the delimiter, a quote, a line break or leading/
// trailing spaces. Cells are guarded against formula injection (formulaguard.h). In CP932, characters that
// cannot be written are mapped or replaced by '?' and reported with their row and column.
#pragma once

#include "textencoding.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

namespace bd {

class CsvWriter
{
public:
    // `device` is opened for writing by the caller and must outlive the writer. Only UTF-8 and CP932 are
    // meant for export; UTF-16 works too (with its BOM).
    CsvWriter(QIODevice* device, TextEncoding encoding);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setNeutraliseFormulas(bool on) { m_neutralise = on; } // default on
    void setWriteByteOrderMark(bool on) { m_writeBom = on; }   // default on (ignored for CP932)

    // Writes one record; the first is row 1 (the header, if the caller writes one). False on a write error.
    bool writeRow(const QStringList& cells);
    // Pushes buffered bytes to the device. Also done by the destructor.
    bool flush();

    int rowsWritten() const { return m_rows; }
    // Characters that could not be written in CP932 (each written as '?'), with row and column.
    const QList<UnwritableChar>& unwritable() const { return m_encoder.unwritable(); }
    QString errorString() const { return m_error; }

private:
    QString quoted(const QString& cell) const;

    QIODevice* m_device;
    TextEncoder m_encoder;
    QChar m_delimiter = u',';
    bool m_neutralise = true;
    bool m_writeBom = true;
    bool m_started = false;
    int m_rows = 0;
    QByteArray m_pending;
    QString m_error;
};

} // namespace bd
