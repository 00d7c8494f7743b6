#include "recipientexport.h"

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

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

namespace {

QString writeFailed(const QString& reason)
{
    return QCoreApplication::translate("bd::Recipients", "The file could not be written: %1").arg(reason);
}

RecipientFileResult writeCsv(const QString& path, TextEncoding encoding, const QStringList& keys,
                             const QStringList& header, const RecipientStream& stream)
{
    RecipientFileResult result;
    QSaveFile file(path); // all or nothing
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = writeFailed(file.errorString());
        return result;
    }
    bool ok = true;
    {
        CsvWriter writer(&file, encoding);
        writer.setNeutraliseFormulas(true);
        writer.setWriteByteOrderMark(encoding == TextEncoding::Utf8);
        ok = writer.writeRow(header);
        ok = ok && stream([&](const Recipient& r) {
                 if (!writer.writeRow(recipientExportRow(r, keys)))
                     return false;
                 ++result.rows;
                 return true;
             });
        ok = writer.flush() && ok;
        if (!writer.errorString().isEmpty())
            result.error = writer.errorString();
        result.unwritable = writer.unwritable();
    }
    if (ok && !file.commit())
        result.error = writeFailed(file.errorString());
    else if (!ok && result.error.isEmpty())
        result.error = writeFailed(QCoreApplication::translate("bd::Recipients", "reading the list failed"));
    if (!ok)
        file.cancelWriting();
    return result;
}

RecipientFileResult writeXlsx(const QString& path, const QStringList& keys, const QStringList& header,
                              const RecipientStream& stream)
{
    RecipientFileResult result;
    // Written beside the target and moved over it at the end, so a failure leaves no half file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    bool ok = false;
    {
        XlsxWriter writer(partial);
        writer.setNeutraliseFormulas(true);
        writer.setSheetName(QFileInfo(path).completeBaseName());
        ok = writer.open() && writer.writeRow(header);
        ok = ok && stream([&](const Recipient& r) {
                 if (!writer.writeRow(recipientExportRow(r, keys)))
                     return false;
                 ++result.rows;
                 return true;
             });
        ok = writer.close() && ok;
        if (!ok)
            result.error =
                writeFailed(writer.errorString().isEmpty()
                                ? QCoreApplication::translate("bd::Recipients", "reading the list failed")
                                : writer.errorString());
    }
    if (ok && QFile::exists(path) && !QFile::remove(path))
        result.error =
            writeFailed(QCoreApplication::translate("bd::Recipients", "the old file cannot be replaced"));
    else if (ok && !QFile::rename(partial, path))
        result.error =
            writeFailed(QCoreApplication::translate("bd::Recipients", "the file cannot be renamed"));
    if (!result.ok())
        QFile::remove(partial);
    return result;
}

} // namespace

RecipientFileResult writeRecipientFile(const QString& path, RecipientFileFormat format, QStringView language,
                                       const RecipientStream& stream)
{
    QSet<QString> names;
    const bool read = stream([&names](const Recipient& r) {
        for (auto it = r.custom.cbegin(); it != r.custom.cend(); ++it)
            names.insert(it.key());
        return true;
    });
    if (!read) {
        RecipientFileResult result;
        result.error = writeFailed(QCoreApplication::translate("bd::Recipients", "reading the list failed"));
        return result;
    }
    QStringList customNames(names.cbegin(), names.cend());
    customNames.sort();
    const QStringList keys = recipientExportKeys(customNames);
    const QStringList header = recipientExportHeader(keys, language);
    switch (format) {
    case RecipientFileFormat::CsvUtf8:
        return writeCsv(path, TextEncoding::Utf8, keys, header, stream);
    case RecipientFileFormat::CsvCp932:
        return writeCsv(path, TextEncoding::Cp932, keys, header, stream);
    case RecipientFileFormat::Xlsx:
        break;
    }
    return writeXlsx(path, keys, header, stream);
}

} // namespace bd
