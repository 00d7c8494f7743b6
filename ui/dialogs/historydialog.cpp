#include "historydialog.h"

#include "incidentservice.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

HistoryDialog::HistoryDialog(Workspace& workspace, qint64 incidentId, const QString& code, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(code));
    resize(980, 560);
    StorageError error;
    const QList<AuditEntry> entries = workspace.incidents().history(incidentId, &error);
    auto* table = new QTableWidget(int(entries.size()), 6, this);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the trail is never edited
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    // Newest first: the question is usually "what changed just now".
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(entries.size() - 1 - i);
        const QStringList cells = {
            QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.who,
            e.entity,
            e.field,
            e.before,
            e.after};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c).left(500));
            item->setToolTip(cells.at(c).left(2000));
            table->setItem(int(i), c, item);
        }
    }
    table->resizeColumnsToContents();
    for (int c = 3; c < 6; ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 260));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
}

} // namespace bd
