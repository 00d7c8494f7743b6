#include "datasetspage.h"

#include "catalogue.h"
#include "datasetmodel.h"
#include "dialogs.h"
#include "incidentdocument.h"
#include "incidentservice.h"
#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {
// Edits a coded column with a combo box of (label, key) pairs.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using Choices = std::function<QList<std::pair<QString, QString>>()>;
    ChoiceDelegate(Choices choices, QObject* parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const auto& [label, key] : m_choices())
            combo->addItem(label, key);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(DataSetModel::ValueRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), DataSetModel::ValueRole);
    }

private:
    Choices m_choices;
};

QString itemText(const DataItem& item)
{
    QStringList flags;
    if (item.sensitive)
        flags << DataSetsPage::tr("sensitive");
    if (item.financialRisk)
        flags << DataSetsPage::tr("financial risk");
    if (item.needsJudgement)
        flags << DataSetsPage::tr("needs judgement");
    if (item.custom)
        flags << DataSetsPage::tr("custom");
    const QString label = Labels::item(item);
    return flags.isEmpty() ? label : QStringLiteral("%1  [%2]").arg(label, flags.join(QStringLiteral(", ")));
}
} // namespace

DataSetsPage::DataSetsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new DataSetModel(document, this)),
      m_view(new QTableView), m_items(new QListWidget), m_filter(new QLineEdit), m_totals(new QLabel),
      m_itemsCaption(new QLabel)
{
    m_view->setObjectName(QStringLiteral("dataSetsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DataSetModel::Items, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(DataSetModel::Group,
                                     new ChoiceDelegate(
                                         [] {
                                             QList<std::pair<QString, QString>> choices;
                                             for (const GroupInfo& g : builtinGroups())
                                                 choices.append({Labels::group(g.key), g.key});
                                             return choices;
                                         },
                                         this));
    m_view->setItemDelegateForColumn(
        DataSetModel::Holder, new ChoiceDelegate(
                                  [] {
                                      return QList<std::pair<QString, QString>>{
                                          {Labels::holder(Holder::Own), QStringLiteral("own")},
                                          {Labels::holder(Holder::Consignor), QStringLiteral("consignor")}};
                                  },
                                  this));

    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add data set"));
    add->setObjectName(QStringLiteral("addDataSetButton"));
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete data set"));
    remove->setObjectName(QStringLiteral("deleteDataSetButton"));
    connect(add, &QPushButton::clicked, this, &DataSetsPage::addDataSet);
    connect(remove, &QPushButton::clicked, this, &DataSetsPage::removeDataSet);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    buttons->addWidget(m_totals);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    leftLayout->addLayout(buttons);

    m_items->setObjectName(QStringLiteral("dataItemsList"));
    m_filter->setObjectName(QStringLiteral("itemFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter items…"));
    m_filter->setClearButtonEnabled(true);
    auto* addItem = new QPushButton(tr("Add a &custom item…"));
    addItem->setObjectName(QStringLiteral("addCustomItemButton"));
    connect(addItem, &QPushButton::clicked, this, &DataSetsPage::addCustomItem);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_itemsCaption->setWordWrap(true);
    rightLayout->addWidget(m_itemsCaption);
    rightLayout->addWidget(m_filter);
    rightLayout->addWidget(m_items);
    rightLayout->addWidget(addItem);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_items, &QListWidget::itemChanged, this, &DataSetsPage::itemToggled);
    connect(m_filter, &QLineEdit::textChanged, this, &DataSetsPage::showItems);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataSetsPage::showItems);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showItems();
        updateTotals();
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showItems();
    updateTotals();
}

qint64 DataSetsPage::currentDataSetId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->dataSetId(current.row()) : 0;
}

void DataSetsPage::showItems()
{
    m_updatingItems = true;
    m_items->clear();
    const DataSet* ds = m_document->dataSet(currentDataSetId());
    m_items->setEnabled(ds != nullptr);
    m_itemsCaption->setText(ds ? tr("Data items of <b>%1</b>:").arg(Labels::group(*ds).toHtmlEscaped())
                               : tr("Select a data set to choose its data items."));
    StorageError error;
    const QList<DataItem> catalogue = m_document->workspace().incidents().allItems(&error);
    const QString filter = m_filter->text().trimmed();
    for (const DataItem& item : catalogue) {
        const QString text = itemText(item);
        if (!filter.isEmpty() && !text.contains(filter, Qt::CaseInsensitive) &&
            !item.labelJa.contains(filter) && !item.labelEn.contains(filter, Qt::CaseInsensitive))
            continue;
        auto* row = new QListWidgetItem(text, m_items);
        row->setData(Qt::UserRole, item.key);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(ds && ds->itemKeys.contains(item.key) ? Qt::Checked : Qt::Unchecked);
        row->setToolTip(QStringLiteral("%1 / %2").arg(item.labelJa, item.labelEn));
        if (item.sensitive)
            row->setForeground(QColor(0xa0, 0x30, 0x00));
    }
    m_updatingItems = false;
}

void DataSetsPage::itemToggled(QListWidgetItem* item)
{
    if (m_updatingItems)
        return;
    const qint64 id = currentDataSetId();
    const DataSet* ds = m_document->dataSet(id);
    if (!ds)
        return;
    QStringList keys = ds->itemKeys;
    const QString key = item->data(Qt::UserRole).toString();
    if (item->checkState() == Qt::Checked && !keys.contains(key))
        keys.append(key);
    else if (item->checkState() != Qt::Checked)
        keys.removeAll(key);
    const int row = m_view->currentIndex().row();
    m_document->setDataSetItems(id, keys);
    m_view->selectRow(row);
}

void DataSetsPage::addDataSet()
{
    DataSet ds;
    ds.groupKey = QString::fromLatin1(GroupKey::Employees);
    ds.itemKeys = {QStringLiteral("name")};
    qint64 id = 0;
    if (m_document->addDataSet(ds, &id))
        m_view->selectRow(m_model->rowOf(id));
}

void DataSetsPage::removeDataSet()
{
    const qint64 id = currentDataSetId();
    const DataSet* ds = m_document->dataSet(id);
    if (!ds)
        return;
    if (Dialogs::question(
            this, tr("Delete data set"),
            tr("Delete the data set \"%1\"? You can undo this with Edit → Undo.").arg(Labels::group(*ds))) ==
        QMessageBox::Yes)
        m_document->removeDataSet(id);
}

void DataSetsPage::addCustomItem()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a custom data item"));
    auto* form = new QFormLayout(&dialog);
    auto* ja = new QLineEdit;
    auto* en = new QLineEdit;
    auto* sensitive = new QCheckBox(tr("Sensitive (要配慮個人情報)"));
    auto* financial = new QCheckBox(tr("Misuse could cause financial loss"));
    form->addRow(tr("Japanese label:"), ja);
    form->addRow(tr("English label:"), en);
    form->addRow(sensitive);
    form->addRow(financial);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted ||
        (ja->text().trimmed().isEmpty() && en->text().trimmed().isEmpty()))
        return;
    DataItem item;
    item.custom = true;
    item.labelJa = ja->text().trimmed();
    item.labelEn = en->text().trimmed();
    item.sensitive = sensitive->isChecked();
    item.financialRisk = financial->isChecked();
    QString base =
        item.labelEn.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    if (base.isEmpty() || base == QLatin1String("_"))
        base = QStringLiteral("item");
    item.key = QStringLiteral("custom_") + base;
    StorageError error;
    IncidentService& incidents = m_document->workspace().incidents();
    const QList<DataItem> existing = incidents.allItems(&error);
    for (int n = 2;
         std::any_of(existing.begin(), existing.end(), [&](const DataItem& e) { return e.key == item.key; });
         ++n)
        item.key = QStringLiteral("custom_%1_%2").arg(base).arg(n);
    if (!incidents.addCustomItem(item, &error)) {
        Dialogs::warning(this, tr("Add a custom data item"), error.message, error.detail);
        return;
    }
    showItems();
}

void DataSetsPage::updateTotals()
{
    bool about = false;
    const std::optional<int> total = m_document->incident().totalPeople(&about);
    m_totals->setText(
        total
            ? (about ? tr("Total: about %1 people") : tr("Total: %1 people")).arg(QLocale().toString(*total))
            : tr("Total: unknown — a count is missing"));
}

} // namespace bd
