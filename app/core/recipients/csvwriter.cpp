#include "csvwriter.h"

#include "formulaguard.h"

#include <QCoreApplication>
#include <QIODevice>

namespace bd {

namespace {
constexpr qsizetype kFlushThreshold = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice* device, TextEncoding encoding) : m_device(device), m_encoder(encoding) {}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::quoted(const QString& cell) const
{
    bool needsQuotes = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; !needsQuotes && i < cell.size(); ++i) {
        const QChar c = cell[i];
        needsQuotes = c == m_delimiter || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!needsQuotes)
        return cell;
    QString out;
    out.reserve(cell.size() + 2);
    out.append(u'"');
    for (QChar c : cell) {
        if (c == u'"')
            out.append(u'"');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        if (m_writeBom)
            m_pending.append(m_encoder.byteOrderMark());
    }
    ++m_rows;
    for (int column = 0; column < cells.size(); ++column) {
        if (column > 0)
            m_pending.append(m_encoder.encode(QStringView(&m_delimiter, 1)));
        const QString text = m_neutralise ? neutraliseFormula(cells[column]) : cells[column];
        m_pending.append(m_encoder.encode(quoted(text), m_rows, column));
    }
    m_pending.append(m_encoder.encode(u"\r\n"));
    if (m_pending.size() >= kFlushThreshold)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_pending.isEmpty() || !m_error.isEmpty())
        return m_error.isEmpty();
    if (!m_device || m_device->write(m_pending) != m_pending.size()) {
        m_error = QCoreApplication::translate("bd::Recipients", "The file could not be written: %1")
                      .arg(m_device ? m_device->errorString() : QString());
        return false;
    }
    m_pending.clear();
    return true;
}

} // namespace bd
