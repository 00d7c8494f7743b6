// The columns of a recipient export (CSV or XLSX): the fixed fields in display order, then the custom ones.
// Headers are the ja/en field labels, which ColumnMapping::guess() maps back, so an export re-imports as is.
#pragma once

#include "recipient.h"

#include <QStringList>

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

} // namespace bd
