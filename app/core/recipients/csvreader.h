// RFC 4180 CSV reader that streams: the device is read and decoded in chunks, one record at a time, so a list
// of any length is read in bounded memory. Tolerates CRLF, LF and CR-only line ends, a last line without a
// line end, and skips empty lines. Rows are numbered as Excel numbers them when it opens the file: one row
// per record however many line breaks its quoted fields hold, and an empty line is an (empty) row too.
// Malformed quoting is reported on the record, with its row, and reading goes on; nothing in the input makes
// it crash or read it all at once.
#pragma once

#include "recordsource.h"
#include "textencoding.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace bd {

class CsvReader final : public RecordSource
{
public:
    // `device` is opened by the caller, stays owned by it, and must outlive the reader. A byte-order mark at
    // the start is skipped.
    CsvReader(QIODevice* device, TextEncoding encoding, QChar delimiter = u',');

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }
    // Bytes read from the device at a time (default 64 KiB).
    void setChunkSize(qint64 bytes) { m_chunkSize = qMax<qint64>(bytes, 16); }
    // A record longer than this (characters, default 1 Mi) stops reading with a RecordTooLong problem: a
    // quote that is never closed would otherwise pull the rest of the file into one field.
    void setMaxRecordLength(qsizetype chars) { m_maxRecordLength = chars; }
    // Cells beyond this many in one record are dropped with a problem (default 16,384, Excel's limit).
    void setMaxColumns(int columns) { m_maxColumns = columns; }

    bool readNext(SourceRecord* record) override;
    QString errorString() const override { return m_error; }
    double progress() const override;

    // The row (as Excel numbers it) of the record being read or read next: records and empty lines consumed
    // so far, plus one.
    int currentRow() const { return m_row; }
    // Text lines consumed so far (line ends seen, inside quotes too), plus one.
    int currentLine() const { return m_line; }
    // The largest number of decoded characters buffered at once: stays near the chunk size however long the
    // file is (used by tests to show the memory bound).
    qsizetype peakBufferLength() const { return m_peakBuffer; }

    // ',' , '\t' or ';' — the one that occurs most often outside quotes in the first line of `sample`.
    static QChar guessDelimiter(QStringView sample);

private:
    enum class FieldEnd
    {
        Delimiter,
        LineEnd,
        EndOfData
    };

    bool fill();
    bool ensure(qsizetype chars);
    void consumeLineEnd(bool endsRecord);
    FieldEnd readUnquoted(QString& field, SourceRecord* record, int column);
    FieldEnd readQuoted(QString& field, SourceRecord* record, int column);
    FieldEnd readAfterClosingQuote(QString& field, SourceRecord* record, int column);
    bool checkLength(qsizetype recordLength, SourceRecord* record);
    void addProblem(SourceRecord* record, int row, int column, ProblemKind kind, const QString& message);

    QIODevice* m_device;
    TextDecoder m_decoder;
    QChar m_delimiter;
    qint64 m_chunkSize = 64 * 1024;
    qsizetype m_maxRecordLength = 1024 * 1024;
    int m_maxColumns = 16384;

    QByteArray m_raw;
    QString m_buffer;
    QString m_field; // the field being read; its buffer is reused
    qsizetype m_pos = 0;
    qsizetype m_peakBuffer = 0;
    qsizetype m_recordStartLength = 0; // characters of the current record before the current field
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    int m_row = 1;
    int m_line = 1;
    bool m_atEnd = false;
    bool m_stopped = false;
    QString m_error;
};

} // namespace bd
