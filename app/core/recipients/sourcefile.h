// Opens an import file as a RecordSource: XLSX (by its zip signature) or CSV/TSV (encoding detected unless
// given, delimiter guessed from the first line unless given). For the import dialog and the CLI.
#pragma once

#include "recordsource.h"
#include "textencoding.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QFile;

namespace bd {

struct SourceFileOptions
{
    std::optional<TextEncoding> encoding; // CSV: override the detection
    std::optional<QChar> delimiter;       // CSV: override the guess
    QString sheet;                        // XLSX: sheet name or 1-based number; empty for the first
    std::function<bool()> cancelled;      // XLSX: polled while parts are read; true stops reading
};

class SourceFile
{
public:
    enum class Format
    {
        Csv,
        Xlsx
    };

    SourceFile();
    ~SourceFile();
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;

    // False with errorString() when the file cannot be opened or read.
    bool open(const QString& path, const SourceFileOptions& options = {});
    RecordSource* source() const { return m_source.get(); }

    Format format() const { return m_format; }
    EncodingDetection detection() const { return m_detection; } // CSV: what was detected
    TextEncoding encoding() const { return m_encoding; }        // CSV: what is used
    QChar delimiter() const { return m_delimiter; }
    QStringList sheetNames() const { return m_sheetNames; } // XLSX
    QString errorString() const { return m_error; }

    // Zip signature "PK\3\4" → Xlsx, else Csv.
    static Format formatOf(QIODevice* device);

private:
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<RecordSource> m_source;
    Format m_format = Format::Csv;
    EncodingDetection m_detection;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = u',';
    QStringList m_sheetNames;
    QString m_error;
};

} // namespace bd
