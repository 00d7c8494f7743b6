#include "reportdiff.h"

#include <vector>

namespace bd {

namespace {

// Lines only in `a` and only in `b`, by a longest common subsequence (items are short: a few dozen lines).
void lineDiff(const QStringList& a, const QStringList& b, QStringList* removed, QStringList* added)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            removed->append(a.at(i++));
        } else {
            added->append(b.at(j++));
        }
    }
    while (i < n)
        removed->append(a.at(i++));
    while (j < m)
        added->append(b.at(j++));
}

} // namespace

QList<ItemChange> diffReports(const PpcReport& before, const PpcReport& after)
{
    QList<ItemChange> changes;
    for (const ReportItem& item : after.items) {
        ItemChange c;
        c.number = item.number;
        c.title = item.title;
        c.after = item.text;
        const ReportItem* old = before.item(item.number);
        c.before = old ? old->text : QString();
        if (c.before != c.after) {
            c.kind =
                old && old->unknown && !item.unknown ? ItemChange::Kind::Resolved : ItemChange::Kind::Changed;
            lineDiff(c.before.split(QLatin1Char('\n')), c.after.split(QLatin1Char('\n')), &c.removedLines,
                     &c.addedLines);
        }
        changes.append(c);
    }
    return changes;
}

QList<ItemChange> changedItems(const QList<ItemChange>& changes)
{
    QList<ItemChange> out;
    for (const ItemChange& c : changes)
        if (c.kind != ItemChange::Kind::Unchanged)
            out.append(c);
    return out;
}

} // namespace bd
