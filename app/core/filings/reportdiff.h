// What changed between two PPC reports, item by item: a 確報 against the issued 速報, a 続報 against the
// 確報.
#pragma once

#include "ppcreport.h"

#include <QList>
#include <QString>

namespace bd {

struct ItemChange
{
    enum class Kind
    {
        Unchanged,
        Changed,
        Resolved // was (partly) under investigation before and is known now
    };
    int number = 0;
    QString title;
    Kind kind = Kind::Unchanged;
    QString before, after;
    QStringList removedLines, addedLines; // line by line, for a compact view
};

// One entry per item of `after`, in the form's order.
QList<ItemChange> diffReports(const PpcReport& before, const PpcReport& after);
// Only the items that changed.
QList<ItemChange> changedItems(const QList<ItemChange>& changes);

} // namespace bd
