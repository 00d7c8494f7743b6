#include "reporttable.h"

#include <QCoreApplication>

#include <array>

namespace bd {

namespace {

using Row = std::array<QString, 4>;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString padded(const QString& text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString render(const QList<Row>& rows)
{
    std::array<int, 3> widths{0, 0, 0};
    for (const Row& row : rows)
        for (std::size_t c = 0; c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row[c]));
    QStringList lines;
    for (const Row& row : rows) {
        QString line;
        for (std::size_t c = 0; c < widths.size(); ++c)
            line += padded(row[c], widths[c]) + QStringLiteral("  ");
        line += row[3];
        lines.append(line.trimmed().isEmpty() ? QString() : line);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString obligationReportTable(const ObligationReport& report, const QSet<QString>& filedKeys)
{
    QList<Row> rows;
    rows.append(Row{QCoreApplication::translate("bd::Obligations", "Rule / filing"),
                    QCoreApplication::translate("bd::Obligations", "State"),
                    QCoreApplication::translate("bd::Obligations", "Due"),
                    QCoreApplication::translate("bd::Obligations", "Reason")});
    for (const RuleResult& r : report.rules)
        rows.append(Row{r.id, ruleStateText(r.state), QString(), r.reasonText()});
    rows.append(Row{});
    for (const RequiredFiling& f : report.filings) {
        QString state = filingStateText(report.state(f, filedKeys));
        if (f.provisional)
            state = QCoreApplication::translate("bd::Obligations", "%1 (provisional)").arg(state);
        rows.append(Row{f.key, state, dueText(f), f.reason});
    }
    QString table = render(rows);
    for (const QString& w : report.warnings)
        table += QCoreApplication::translate("bd::Obligations", "Warning: %1").arg(w) + QLatin1Char('\n');
    return table;
}

} // namespace bd
