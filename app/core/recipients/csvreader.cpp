#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace bd {

CsvReader::CsvReader(QIODevice* device, TextEncoding encoding, QChar delimiter)
    : m_device(device), m_decoder(encoding), m_delimiter(delimiter)
{
    if (!m_device || !m_device->isOpen() || !m_device->isReadable()) {
        m_stopped = true;
        m_error = QCoreApplication::translate("bd::Recipients", "The file is not open for reading.");
        return;
    }
    if (!m_device->isSequential())
        m_totalBytes = m_device->size() - m_device->pos();
    if (!m_decoder.isValid()) {
        m_stopped = true;
        m_error = QCoreApplication::translate("bd::Recipients", "The text encoding %1 is not available.")
                      .arg(textEncodingKey(encoding));
    }
}

double CsvReader::progress() const
{
    if (m_totalBytes <= 0)
        return m_atEnd ? 1.0 : 0.0;
    return qBound(0.0, double(m_bytesRead) / double(m_totalBytes), 1.0);
}

// Appends the next decoded chunk to the buffer, first dropping what has been consumed. False at the end.
bool CsvReader::fill()
{
    if (m_atEnd || m_stopped)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    for (;;) {
        m_raw.resize(m_chunkSize);
        qint64 n = m_device->read(m_raw.data(), m_chunkSize);
        if (n == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
            n = m_device->read(m_raw.data(), m_chunkSize);
        if (n < 0) {
            m_stopped = true;
            m_error = QCoreApplication::translate("bd::Recipients", "The file could not be read: %1")
                          .arg(m_device->errorString());
            return false;
        }
        if (n == 0) {
            m_atEnd = true;
            const QString tail = m_decoder.finish();
            m_buffer += tail;
            m_peakBuffer = qMax(m_peakBuffer, m_buffer.size());
            return !tail.isEmpty();
        }
        m_bytesRead += n;
        const QString text = m_decoder.decode(QByteArrayView(m_raw.constData(), n));
        if (!text.isEmpty()) {
            m_buffer += text;
            m_peakBuffer = qMax(m_peakBuffer, m_buffer.size());
            return true;
        }
    }
}

bool CsvReader::ensure(qsizetype chars)
{
    while (m_buffer.size() - m_pos < chars) {
        if (!fill())
            return false;
    }
    return true;
}

// A line end that ends a record (or an empty line) starts the next row; one inside quotes does not.
void CsvReader::consumeLineEnd(bool endsRecord)
{
    const QChar c = m_buffer.at(m_pos++);
    if (c == u'\r' && ensure(1) && m_buffer.at(m_pos) == u'\n')
        ++m_pos;
    ++m_line;
    if (endsRecord)
        ++m_row;
}

void CsvReader::addProblem(SourceRecord* record, int row, int column, ProblemKind kind,
                           const QString& message)
{
    ImportProblem p;
    p.row = row;
    p.column = column;
    p.kind = kind;
    p.severity = ProblemSeverity::Error;
    p.message = message;
    record->problems.append(p);
}

bool CsvReader::checkLength(qsizetype recordLength, SourceRecord* record)
{
    if (recordLength <= m_maxRecordLength)
        return true;
    addProblem(record, record->row, -1, ProblemKind::RecordTooLong,
               QCoreApplication::translate("bd::Recipients",
                                           "The record starting on this row is longer than %1 characters "
                                           "(probably a quote that is never closed); reading stopped here.")
                   .arg(m_maxRecordLength));
    m_stopped = true;
    return false;
}

bool CsvReader::readNext(SourceRecord* record)
{
    if (m_stopped)
        return false;
    // Skip empty lines; they still count as rows (Excel shows each as an empty row).
    for (;;) {
        if (!ensure(1))
            return false;
        const QChar c = m_buffer.at(m_pos);
        if (c != u'\r' && c != u'\n')
            break;
        consumeLineEnd(true);
    }

    record->row = m_row;
    record->cells.clear();
    record->problems.clear();
    m_recordStartLength = 0;
    bool columnsReported = false;
    QString& field = m_field;
    for (int column = 0;; ++column) {
        field.resize(0); // keeps its capacity: the field buffer is reused, the cells get exact-size copies
        const bool quoted = ensure(1) && m_buffer.at(m_pos) == u'"';
        const FieldEnd end = quoted ? readQuoted(field, record, column) : readUnquoted(field, record, column);
        m_recordStartLength += field.size();
        if (record->cells.size() < m_maxColumns) {
            record->cells.append(QString(field.constData(), field.size()));
        } else if (!columnsReported) {
            columnsReported = true;
            addProblem(
                record, record->row, -1, ProblemKind::RecordTooLong,
                QCoreApplication::translate("bd::Recipients", "More than %1 columns; the rest are ignored.")
                    .arg(m_maxColumns));
        }
        if (end != FieldEnd::Delimiter || m_stopped)
            break;
    }
    return true;
}

CsvReader::FieldEnd CsvReader::readUnquoted(QString& field, SourceRecord* record, int column)
{
    bool quoteReported = false;
    for (;;) {
        if (!ensure(1))
            return FieldEnd::EndOfData;
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size) {
            const QChar c = data[i];
            if (c == m_delimiter || c == u'\r' || c == u'\n' || c == u'"')
                break;
            ++i;
        }
        field.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (!checkLength(m_recordStartLength + field.size(), record))
            return FieldEnd::EndOfData;
        if (i == size)
            continue;
        const QChar c = data[i];
        if (c == u'"') {
            if (!quoteReported) {
                quoteReported = true;
                addProblem(
                    record, m_row, column, ProblemKind::MalformedQuote,
                    QCoreApplication::translate("bd::Recipients",
                                                "A quote (\") inside a field that does not start with one."));
            }
            field.append(c);
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            ++m_pos;
            return FieldEnd::Delimiter;
        }
        consumeLineEnd(true);
        return FieldEnd::LineEnd;
    }
}

CsvReader::FieldEnd CsvReader::readQuoted(QString& field, SourceRecord* record, int column)
{
    ++m_pos; // the opening quote
    const int startRow = m_row;
    for (;;) {
        if (!ensure(1)) {
            addProblem(record, startRow, column, ProblemKind::UnterminatedQuote,
                       QCoreApplication::translate(
                           "bd::Recipients", "A quoted field starting on row %1 is not closed before the "
                                             "end of the file.")
                           .arg(startRow));
            return FieldEnd::EndOfData;
        }
        const QChar* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size) {
            const QChar c = data[i];
            if (c == u'"' || c == u'\r' || c == u'\n')
                break;
            ++i;
        }
        field.append(data + m_pos, i - m_pos);
        m_pos = i;
        if (!checkLength(m_recordStartLength + field.size(), record))
            return FieldEnd::EndOfData;
        if (i == size)
            continue;
        if (data[i] == u'"') {
            ++m_pos;
            if (ensure(1) && m_buffer.at(m_pos) == u'"') {
                field.append(u'"');
                ++m_pos;
                continue;
            }
            return readAfterClosingQuote(field, record, column);
        }
        // A line break inside the quotes belongs to the field; stored as "\n" whatever the file used.
        consumeLineEnd(false);
        field.append(u'\n');
    }
}

CsvReader::FieldEnd CsvReader::readAfterClosingQuote(QString& field, SourceRecord* record, int column)
{
    bool reported = false;
    for (;;) {
        if (!ensure(1))
            return FieldEnd::EndOfData;
        const QChar c = m_buffer.at(m_pos);
        if (c == m_delimiter) {
            ++m_pos;
            return FieldEnd::Delimiter;
        }
        if (c == u'\r' || c == u'\n') {
            consumeLineEnd(true);
            return FieldEnd::LineEnd;
        }
        ++m_pos;
        if (c == u' ' || c == u'\t')
            continue; // padding after the closing quote: tolerated and dropped
        if (!reported) {
            reported = true;
            addProblem(
                record, m_row, column, ProblemKind::MalformedQuote,
                QCoreApplication::translate("bd::Recipients", "Text after the closing quote of a field."));
        }
        field.append(c);
        if (!checkLength(m_recordStartLength + field.size(), record))
            return FieldEnd::EndOfData;
    }
}

QChar CsvReader::guessDelimiter(QStringView sample)
{
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (QChar c : sample) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u'\n' || c == u'\r'))
            break;
        else if (!inQuotes && c == u',')
            ++commas;
        else if (!inQuotes && c == u'\t')
            ++tabs;
        else if (!inQuotes && c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas && semicolons > tabs)
        return u';';
    return u',';
}

} // namespace bd
