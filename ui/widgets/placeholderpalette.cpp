#include "placeholderpalette.h"

#include "placeholders.h"

#include <QHeaderView>
#include <QMimeData>

namespace bd {

namespace {
constexpr int SnippetRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

PlaceholderPalette::PlaceholderPalette(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPalette"));
    setColumnCount(2);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, 170);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString snippet = item->data(0, SnippetRole).toString();
        if (!snippet.isEmpty())
            emit insertRequested(snippet);
    });
    populate(false);
}

void PlaceholderPalette::populate(bool japanese)
{
    clear();
    setHeaderLabels({tr("Placeholder"), tr("Description")});
    const Lang lang = japanese ? Lang::Ja : Lang::En;
    QHash<int, QTreeWidgetItem*> groups;
    QHash<QString, QTreeWidgetItem*> lists; // list key -> its item, for the list's fields
    for (const Placeholder& p : placeholderCatalogue()) {
        QTreeWidgetItem* group = groups.value(int(p.group));
        if (!group) {
            group = new QTreeWidgetItem(this, {placeholderGroupTitle(p.group, lang)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            groups.insert(int(p.group), group);
        }
        QTreeWidgetItem* parent = p.parent.isEmpty() ? group : lists.value(p.parent, group);
        auto* item = new QTreeWidgetItem(parent, {p.name, p.description(lang)});
        item->setData(0, SnippetRole, p.snippet());
        item->setData(0, KeyRole, p.key());
        QString tip = QStringLiteral("<b>%1</b><br/>%2<br/>%3")
                          .arg(p.snippet().toHtmlEscaped(), p.descriptionJa.toHtmlEscaped(),
                               p.descriptionEn.toHtmlEscaped());
        if (!p.example(lang).isEmpty())
            tip += QStringLiteral("<br/><i>%1</i> %2").arg(tr("Example:"), p.example(lang).toHtmlEscaped());
        if (p.requirement != Requirement::Optional)
            tip += QStringLiteral("<br/>") + tr("Required: output is refused while it is empty.");
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (p.kind == PlaceholderKind::List)
            lists.insert(p.key(), item);
    }
    expandAll();
}

QTreeWidgetItem* PlaceholderPalette::itemFor(const QString& key) const
{
    for (QTreeWidgetItemIterator it(const_cast<PlaceholderPalette*>(this)); *it; ++it)
        if ((*it)->data(0, KeyRole).toString() == key)
            return *it;
    return nullptr;
}

QStringList PlaceholderPalette::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

QMimeData* PlaceholderPalette::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty() || items.constFirst()->data(0, SnippetRole).toString().isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setText(items.constFirst()->data(0, SnippetRole).toString());
    return data;
}

} // namespace bd
