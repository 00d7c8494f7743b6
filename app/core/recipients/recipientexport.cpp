#include "recipientexport.h"

#include "csvwriter.h"
#include "outputfile.h"
#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

namespace bd {

QStringList recipientExportKeys(const QStringList& customNames)
{
    QStringList keys;
    for (RecipientField f : recipientFields())
        keys.append(recipientFieldKey(f));
    for (const QString& name : customNames)
        keys.append(customFieldKey(name));
    return keys;
}

QStringList customFieldNames(const QList<Recipient>& recipients)
{
    QSet<QString> names;
    for (const Recipient& r : recipients) {
        for (auto it = r.custom.cbegin(); it != r.custom.cend(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QStringList recipientExportHeader(const QStringList& keys, QStringView language)
{
    QStringList header;
    for (const QString& key : keys)
        header.append(fieldKeyLabel(key, language));
    return header;
}

QStringList recipientExportRow(const Recipient& recipient, const QStringList& keys)
{
    QStringList row;
    for (const QString& key : keys)
        row.append(recipientValue(recipient, key));
    return row;
}

} // namespace bd

namespace bd {

std::optional<RecipientFileFormat> recipientFileFormatFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == QLatin1String("csv") || k == QLatin1String("csv-utf8"))
        return RecipientFileFormat::CsvUtf8;
    if (k == QLatin1String("csv-cp932") || k == QLatin1String("csv-sjis"))
        return RecipientFileFormat::CsvCp932;
    if (k == QLatin1String("xlsx"))
        return RecipientFileFormat::Xlsx;
    return std::nullopt;
}

QString recipientFileFormatKey(RecipientFileFormat format)
{
    switch (format) {
    case RecipientFileFormat::CsvUtf8:
        return QStringLiteral("csv");
    case RecipientFileFormat::CsvCp932:
        return QStringLiteral("csv-cp932");
    case RecipientFileFormat::Xlsx:
        break;
    }
    return QStringLiteral("xlsx");
}

namespace {

QString writeFailed(const QString& reason)
{
    return QCoreApplication::translate("bd::Recipients", "The file could not be written: %1").arg(reason);
}

// Writes the header and the rows through `writer`; false when a row could not be written or read.
template<typename Writer>
bool writeRows(Writer& writer, const QStringList& keys, const QStringList& header,
               const RecipientStream& stream, RecipientFileResult* result)
{
    return writer.writeRow(header) && stream([&](const Recipient& r) {
               if (!writer.writeRow(recipientExportRow(r, keys)))
                   return false;
               ++result->rows;
               return true;
           });
}

bool writeCsv(QIODevice& out, TextEncoding encoding, const QStringList& keys, const QStringList& header,
              const RecipientStream& stream, RecipientFileResult* result)
{
    CsvWriter writer(&out, encoding);
    writer.setNeutraliseFormulas(true);
    writer.setWriteByteOrderMark(encoding == TextEncoding::Utf8);
    bool ok = writeRows(writer, keys, header, stream, result);
    ok = writer.flush() && ok;
    if (!writer.errorString().isEmpty())
        result->error = writeFailed(writer.errorString());
    result->unwritable = writer.unwritable();
    return ok;
}

// XLSX is a zip, which is written with seeks: it is made in a private temporary file, then copied out.
bool writeXlsx(OutputFile& out, const QString& sheetName, const QStringList& keys, const QStringList& header,
               const RecipientStream& stream, RecipientFileResult* result)
{
    QTemporaryDir scratch;
    const QString partial = scratch.filePath(QStringLiteral("export.xlsx"));
    bool ok = false;
    {
        XlsxWriter writer(partial);
        writer.setNeutraliseFormulas(true);
        writer.setSheetName(sheetName);
        ok = writer.open() && writeRows(writer, keys, header, stream, result);
        ok = writer.close() && ok;
        if (!ok && !writer.errorString().isEmpty())
            result->error = writeFailed(writer.errorString());
    }
    QFile made(partial);
    if (!ok || !made.open(QIODevice::ReadOnly))
        return false;
    while (!made.atEnd()) {
        const QByteArray chunk = made.read(1 << 16);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

// The column keys: a first pass over the stream collects the custom field names. False when it failed.
bool exportKeys(const RecipientStream& stream, QStringList* keys)
{
    QSet<QString> names;
    const bool read = stream([&names](const Recipient& r) {
        for (auto it = r.custom.cbegin(); it != r.custom.cend(); ++it)
            names.insert(it.key());
        return true;
    });
    QStringList customNames(names.cbegin(), names.cend());
    customNames.sort();
    *keys = recipientExportKeys(customNames);
    return read;
}

QString readingFailed()
{
    return writeFailed(QCoreApplication::translate("bd::Recipients", "reading the list failed"));
}

} // namespace

RecipientFileResult writeRecipientData(QIODevice* device, RecipientFileFormat format, QStringView language,
                                       const QString& sheetName, const RecipientStream& stream)
{
    RecipientFileResult result;
    QStringList keys;
    if (!exportKeys(stream, &keys)) {
        result.error = readingFailed();
        return result;
    }
    const QStringList header = recipientExportHeader(keys, language);
    bool ok = false;
    if (format == RecipientFileFormat::Xlsx) {
        XlsxWriter writer(device);
        writer.setNeutraliseFormulas(true);
        writer.setSheetName(sheetName);
        ok = writer.open() && writeRows(writer, keys, header, stream, &result);
        ok = writer.close() && ok;
        if (!ok && !writer.errorString().isEmpty())
            result.error = writeFailed(writer.errorString());
    } else {
        if (!device->isOpen() && !device->open(QIODevice::WriteOnly))
            result.error = writeFailed(device->errorString());
        else
            ok = writeCsv(*device,
                          format == RecipientFileFormat::CsvCp932 ? TextEncoding::Cp932 : TextEncoding::Utf8,
                          keys, header, stream, &result);
    }
    if (!ok && result.error.isEmpty())
        result.error = readingFailed();
    return result;
}

RecipientFileResult writeRecipientFile(const QString& path, RecipientFileFormat format, QStringView language,
                                       const RecipientStream& stream, const QStringList& protectedFiles)
{
    QStringList keys;
    if (!exportKeys(stream, &keys)) {
        RecipientFileResult result;
        result.error = readingFailed();
        return result;
    }
    const QStringList header = recipientExportHeader(keys, language);
    RecipientFileResult result;
    OutputFile out(path, protectedFiles);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = out.errorString();
        return result;
    }
    bool ok = false;
    switch (format) {
    case RecipientFileFormat::CsvUtf8:
        ok = writeCsv(out, TextEncoding::Utf8, keys, header, stream, &result);
        break;
    case RecipientFileFormat::CsvCp932:
        ok = writeCsv(out, TextEncoding::Cp932, keys, header, stream, &result);
        break;
    case RecipientFileFormat::Xlsx:
        ok = writeXlsx(out, QFileInfo(path).completeBaseName(), keys, header, stream, &result);
        break;
    }
    if (ok && !out.commit())
        result.error = out.errorString();
    else if (!ok && result.error.isEmpty())
        result.error =
            out.errorString().isEmpty()
                ? writeFailed(QCoreApplication::translate("bd::Recipients", "reading the list failed"))
                : out.errorString();
    if (!ok)
        out.cancel();
    result.sha256 = out.sha256();
    result.stream = out.isStream();
    return result;
}

} // namespace bd
