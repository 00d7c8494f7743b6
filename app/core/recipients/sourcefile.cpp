#include "sourcefile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace bd {

SourceFile::SourceFile() = default;
SourceFile::~SourceFile() = default;

SourceFile::Format SourceFile::formatOf(QIODevice* device)
{
    return device->peek(4) == QByteArrayView("PK\x03\x04", 4) ? Format::Xlsx : Format::Csv;
}

bool SourceFile::open(const QString& path, const SourceFileOptions& options)
{
    m_source.reset();
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("bd::Recipients", "The file could not be opened: %1")
                      .arg(m_file->errorString());
        return false;
    }
    m_format = formatOf(m_file.get());
    if (m_format == Format::Xlsx) {
        m_file.reset();
        auto reader = std::make_unique<XlsxReader>(path);
        reader->setCancelCheck(options.cancelled);
        if (!reader->open()) {
            m_error = reader->errorString();
            return false;
        }
        m_sheetNames = reader->sheetNames();
        if (!options.sheet.isEmpty()) {
            bool isNumber = false;
            const int number = options.sheet.toInt(&isNumber);
            const bool found = (isNumber && !m_sheetNames.contains(options.sheet))
                                   ? reader->selectSheet(number - 1)
                                   : reader->selectSheet(options.sheet);
            if (!found) {
                m_error = reader->errorString();
                return false;
            }
        }
        m_source = std::move(reader);
        return true;
    }

    m_detection = detectTextEncoding(m_file.get());
    m_encoding = options.encoding.value_or(m_detection.encoding);
    if (options.delimiter) {
        m_delimiter = *options.delimiter;
    } else {
        TextDecoder decoder(m_encoding);
        m_delimiter = CsvReader::guessDelimiter(decoder.decode(m_file->peek(16 * 1024)));
    }
    m_source = std::make_unique<CsvReader>(m_file.get(), m_encoding, m_delimiter);
    if (!m_source->errorString().isEmpty()) {
        m_error = m_source->errorString();
        return false;
    }
    return true;
}

} // namespace bd
