// The columns of a recipient export (CSV or XLSX): the fixed fields in display order, then the custom ones.
// Headers are the ja/en field labels, which ColumnMapping::guess() maps back, so an export re-imports as is.
#pragma once

#include "recipient.h"
#include "textencoding.h"

#include <QIODevice>
#include <QStringList>

#include <functional>
#include <optional>

namespace bd {

// Field keys: the fixed ones, then "custom:<name>" for each of `customNames` (e.g. all custom names used in
// the group, sorted).
QStringList recipientExportKeys(const QStringList& customNames);
// The custom field names used by these recipients, sorted.
QStringList customFieldNames(const QList<Recipient>& recipients);
// Header labels for those keys in "ja" or "en".
QStringList recipientExportHeader(const QStringList& keys, QStringView language);
// One row of cells for those keys (formula guarding is the writers' job).
QStringList recipientExportRow(const Recipient& recipient, const QStringList& keys);

// The file formats a group is exported to.
enum class RecipientFileFormat
{
    CsvUtf8,  // UTF-8 with a byte-order mark, so that Excel reads it as UTF-8
    CsvCp932, // Japanese Excel's default; characters CP932 lacks are mapped or written as '?' and reported
    Xlsx,
};
// "csv", "csv-cp932", "xlsx" (the CLI's --format).
std::optional<RecipientFileFormat> recipientFileFormatFromKey(QStringView key);
// The key for `format`: "csv", "csv-cp932" or "xlsx" (what the audit trail records).
QString recipientFileFormatKey(RecipientFileFormat format);

struct RecipientFileResult
{
    int rows = 0;                     // recipients written (the header not counted)
    QList<UnwritableChar> unwritable; // CP932 only; row 1 is the header
    QString error;                    // translated; empty on success
    QByteArray sha256;                // hex, of the file written
    bool stream = false;              // written to standard output, a device or a FIFO
    bool ok() const { return error.isEmpty(); }
};

// Calls `visit` for each recipient to write, in order, and returns false if it failed.
using RecipientVisitor = std::function<bool(const Recipient&)>;
using RecipientStream = std::function<bool(const RecipientVisitor& visit)>;

// Writes recipients to `path` with formula neutralising on: a header of field labels in `language`, then one
// row per recipient. `stream` is run twice (custom field names first, then the rows), so that memory stays
// flat for any number of recipients. The file is replaced only when everything was written; `path` is an
// OutputFile ("-" for standard output; `protectedFiles`, the open workspace's, are refused).
RecipientFileResult writeRecipientFile(const QString& path, RecipientFileFormat format, QStringView language,
                                       const RecipientStream& stream, const QStringList& protectedFiles = {});
// The same file written into `device` (a QBuffer for a list that is encrypted before it reaches a disk: the
// XLSX zip too is made there, never in a temporary file); `sheetName` names the XLSX sheet. `sha256` and
// `stream` are left unset.
RecipientFileResult writeRecipientData(QIODevice* device, RecipientFileFormat format, QStringView language,
                                       const QString& sheetName, const RecipientStream& stream);

} // namespace bd
