#include "recipientspage.h"

#include "dialogs.h"
#include "importdialog.h"
#include "incidentdocument.h"
#include "labels.h"
#include "recipienttablemodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bd {

namespace {
QString groupLabel(const RecipientGroup& g)
{
    const QString& preferred = Labels::interfaceIsJapanese() ? g.labelJa : g.labelEn;
    return preferred.isEmpty() ? (g.labelJa.isEmpty() ? g.labelEn : g.labelJa) : preferred;
}
} // namespace

RecipientsPage::RecipientsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_recipients(document->workspace().recipients()),
      m_groupList(new QListWidget), m_labelJa(new QLineEdit), m_labelEn(new QLineEdit), m_kind(new QComboBox),
      m_channel(new QComboBox), m_language(new QComboBox), m_dataSets(new QListWidget),
      m_countCheck(new QLabel), m_keyLabel(new QLabel), m_useCountButton(new QPushButton),
      m_search(new QLineEdit), m_table(new QTableView),
      m_model(new RecipientTableModel(document->workspace(), this)),
      m_removeGroupButton(new QPushButton(tr("Delete group")))
{
    m_groupList->setObjectName(QStringLiteral("groupList"));
    auto* addGroupButton = new QPushButton(tr("Add group…"));
    addGroupButton->setObjectName(QStringLiteral("addGroupButton"));
    m_removeGroupButton->setObjectName(QStringLiteral("removeGroupButton"));
    connect(addGroupButton, &QPushButton::clicked, this, &RecipientsPage::addGroup);
    connect(m_removeGroupButton, &QPushButton::clicked, this, &RecipientsPage::removeGroup);

    m_kind->addItem(tr("People (様)"), QStringLiteral("people"));
    m_kind->addItem(tr("Organisations (御中)"), QStringLiteral("organisations"));
    m_channel->addItem(tr("Post"), QStringLiteral("post"));
    m_channel->addItem(tr("E-mail"), QStringLiteral("email"));
    m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_labelJa->setObjectName(QStringLiteral("groupLabelJaLineEdit"));
    m_labelEn->setObjectName(QStringLiteral("groupLabelEnLineEdit"));
    m_kind->setObjectName(QStringLiteral("groupKindComboBox"));
    m_channel->setObjectName(QStringLiteral("groupChannelComboBox"));
    m_language->setObjectName(QStringLiteral("groupLanguageComboBox"));
    m_dataSets->setObjectName(QStringLiteral("groupDataSetsList"));
    m_dataSets->setMaximumHeight(120);
    m_countCheck->setObjectName(QStringLiteral("countCheckLabel"));
    m_countCheck->setWordWrap(true);

    auto* settings = new QGroupBox(tr("Group"));
    auto* form = new QFormLayout(settings);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above the fields when the pane is narrow
    form->addRow(tr("Label (Japanese):"), m_labelJa);
    form->addRow(tr("Label (English):"), m_labelEn);
    form->addRow(tr("Recipients are:"), m_kind);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Default language:"), m_language);
    form->addRow(tr("Affected data sets:"), m_dataSets);
    m_keyLabel->setObjectName(QStringLiteral("groupKeyLabel"));
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setToolTip(tr("The group's key for breachdesk import-recipients and export-recipients"));
    form->addRow(tr("Key:"), m_keyLabel);
    form->addRow(m_countCheck);
    m_useCountButton->setObjectName(QStringLiteral("useListCountButton"));
    m_useCountButton->setToolTip(tr("Set the linked data set's number of people to the number of recipients "
                                    "in the list (undo with Ctrl+Z)"));
    m_useCountButton->hide();
    connect(m_useCountButton, &QPushButton::clicked, this, &RecipientsPage::useListCount);
    form->addRow(m_useCountButton);
    for (QLineEdit* e : {m_labelJa, m_labelEn})
        connect(e, &QLineEdit::editingFinished, this, &RecipientsPage::saveGroupSettings);
    for (QComboBox* c : {m_kind, m_channel, m_language})
        connect(c, &QComboBox::activated, this, &RecipientsPage::saveGroupSettings);
    connect(m_dataSets, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            saveGroupSettings();
    });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_groupList->setMinimumHeight(100);
    leftLayout->addWidget(m_groupList, 1);
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addWidget(addGroupButton);
    groupButtons->addWidget(m_removeGroupButton);
    leftLayout->addLayout(groupButtons);
    leftLayout->addWidget(settings);

    m_search->setObjectName(QStringLiteral("recipientSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, kana, organisation, e-mail, address or custom fields…"));
    m_search->setClearButtonEnabled(true);
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateCounts();
    });

    m_table->setObjectName(QStringLiteral("recipientTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows keep 100,000 smooth
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RecipientTableModel::Address, 260);
    m_table->setColumnWidth(RecipientTableModel::Email, 220);
    // The model may fall back to another order (a custom field sorted by is gone) and custom columns come and
    // go, moving the column sorted by: the header shows the model's order.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker blocker(m_table->horizontalHeader()); // showing it must not sort again
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(m_model, &RecipientTableModel::storageFailed, this,
            [this](const StorageError& e) { Dialogs::warning(this, tr("Recipients"), e.message, e.detail); });

    auto* importButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import lis&t…"));
    importButton->setObjectName(QStringLiteral("importRecipientsButton"));
    auto* exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"));
    exportButton->setObjectName(QStringLiteral("exportRecipientsButton"));
    auto* excludeButton = new QPushButton(tr("Exclu&de"));
    excludeButton->setObjectName(QStringLiteral("excludeButton"));
    excludeButton->setToolTip(tr("Keep the selected rows but send them nothing"));
    auto* includeButton = new QPushButton(tr("In&clude"));
    includeButton->setObjectName(QStringLiteral("includeButton"));
    auto* deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete…"));
    deleteButton->setObjectName(QStringLiteral("deleteRecipientsButton"));
    connect(importButton, &QPushButton::clicked, this, &RecipientsPage::importClicked);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(tr("Excel workbook (.xlsx)…"), this,
                          [this] { exportClicked(RecipientFileFormat::Xlsx); });
    exportMenu->addAction(tr("CSV, UTF-8 (for Excel)…"), this,
                          [this] { exportClicked(RecipientFileFormat::CsvUtf8); });
    exportMenu->addAction(tr("CSV, Shift_JIS (CP932)…"), this,
                          [this] { exportClicked(RecipientFileFormat::CsvCp932); });
    exportButton->setMenu(exportMenu);
    connect(excludeButton, &QPushButton::clicked, this, [this] { setSelectedExcluded(true); });
    connect(includeButton, &QPushButton::clicked, this, [this] { setSelectedExcluded(false); });
    connect(deleteButton, &QPushButton::clicked, this, &RecipientsPage::deleteSelected);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RecipientsPage::deleteSelected);
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_search, 1);
    topRow->addWidget(importButton);
    topRow->addWidget(exportButton);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(excludeButton);
    tableButtons->addWidget(includeButton);
    tableButtons->addWidget(deleteButton);
    addDuplicateControls(topRow, tableButtons);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(topRow);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(tableButtons);

    auto* splitter = new QSplitter;
    // The groups and their settings scroll rather than squeeze when the window is short.
    auto* leftScroll = new QScrollArea;
    leftScroll->setObjectName(QStringLiteral("groupsScrollArea"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(leftScroll);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    connect(m_groupList, &QListWidget::currentRowChanged, this, &RecipientsPage::showGroup);
    connect(document, &IncidentDocument::loaded, this, &RecipientsPage::reloadGroups);
    connect(document, &IncidentDocument::dataSetsChanged, this, &RecipientsPage::updateCounts);
    connect(&document->workspace(), &Workspace::changed, this, [this](qint64 incidentId, Changes what) {
        if (what.testFlag(Change::Recipients) && (incidentId == 0 || incidentId == m_document->incidentId()))
            refresh();
    });
    connect(&m_recipients, &RecipientService::undoFailed, this, [this](const StorageError& e) {
        Dialogs::warning(this, tr("Recipients"),
                         tr("The change could not be undone or redone: %1").arg(e.message), e.detail);
    });
    reloadGroups();
}

// The filter "Possible duplicates" and "Not a duplicate". To keep a possible duplicate but send it nothing,
// Exclude it.
void RecipientsPage::addDuplicateControls(QHBoxLayout* filterRow, QHBoxLayout* tableButtons)
{
    m_duplicatesFilter = new QPushButton;
    m_duplicatesFilter->setObjectName(QStringLiteral("possibleDuplicatesFilterButton"));
    m_duplicatesFilter->setCheckable(true);
    m_duplicatesFilter->setToolTip(tr("Show only the recipients an import marked as possibly the same person "
                                      "as another, and those others"));
    connect(m_duplicatesFilter, &QPushButton::toggled, this, [this](bool on) {
        m_model->setPossibleDuplicatesOnly(on);
        updateCounts();
    });
    filterRow->insertWidget(1, m_duplicatesFilter);
    auto* notDuplicate = new QPushButton(tr("&Not a duplicate"));
    notDuplicate->setObjectName(QStringLiteral("notDuplicateButton"));
    notDuplicate->setToolTip(tr("Clear the possible-duplicate mark of the selected rows: they are different "
                                "people"));
    connect(notDuplicate, &QPushButton::clicked, this, &RecipientsPage::clearSelectedDuplicates);
    tableButtons->insertWidget(1, notDuplicate);
    updateDuplicateFilter();
}

void RecipientsPage::updateDuplicateFilter()
{
    if (!m_duplicatesFilter)
        return;
    StorageError error;
    const qint64 groupId = currentGroupId();
    const int marked = groupId ? m_recipients.possibleDuplicateCount(groupId, &error) : 0;
    m_duplicatesFilter->setText(tr("Possible duplicates (%1)").arg(QLocale().toString(marked)));
    m_duplicatesFilter->setEnabled(marked > 0 || m_duplicatesFilter->isChecked());
}

void RecipientsPage::clearSelectedDuplicates()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    StorageError error;
    if (!m_recipients.clearPossibleDuplicate(ids, &error)) // the page hears of the change (refresh())
        Dialogs::warning(this, tr("Recipients"), error.message, error.detail);
}

qint64 RecipientsPage::currentGroupId() const
{
    const int row = m_groupList->currentRow();
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).id : 0;
}

void RecipientsPage::selectGroup(const QString& key)
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).key == key)
            m_groupList->setCurrentRow(i);
}

void RecipientsPage::reloadGroups()
{
    if (!m_document->isLoaded()) {
        m_groups.clear();
        m_groupList->clear();
        m_model->setGroup(0);
        return;
    }
    StorageError error;
    // Once per incident: it is a write, which would wait while another program writes (the document is also
    // re-read then).
    if (m_groupsEnsuredFor != m_document->incidentId()) {
        if (m_recipients.ensureBuiltinGroups(m_document->incidentId(), &error))
            m_groupsEnsuredFor = m_document->incidentId();
        else
            Dialogs::warning(this, tr("Recipients"), error.message, error.detail);
    }
    listGroups(m_recipients.groups(m_document->incidentId(), &error));
}

void RecipientsPage::refresh()
{
    if (!m_document->isLoaded())
        return;
    StorageError error;
    const QList<RecipientGroup> groups = m_recipients.groups(m_document->incidentId(), &error);
    if (error)
        return;
    bool sameGroups = groups.size() == m_groups.size();
    for (qsizetype i = 0; sameGroups && i < groups.size(); ++i)
        sameGroups = groups.at(i).id == m_groups.at(i).id;
    if (!sameGroups) {
        listGroups(groups);
        return;
    }
    m_groups = groups;
    // Settings changed elsewhere (an undo) are shown; the form is left alone while it shows what is stored,
    // as after the user's own edit (its signal may still be running).
    const int row = m_groupList->currentRow();
    if (row >= 0 && row < m_groups.size()) {
        const RecipientGroup shown = shownSettings();
        const RecipientGroup& stored = m_groups.at(row);
        const QSet<qint64> shownSets(shown.dataSetIds.cbegin(), shown.dataSetIds.cend());
        QSet<qint64> storedSets; // of the data sets listed
        for (int i = 0; i < m_dataSets->count(); ++i)
            if (const qint64 id = m_dataSets->item(i)->data(Qt::UserRole).toLongLong();
                stored.dataSetIds.contains(id))
                storedSets.insert(id);
        if (shown.labelJa != stored.labelJa || shown.labelEn != stored.labelEn ||
            shown.organisations != stored.organisations || shown.channel != stored.channel ||
            shown.defaultLanguage != stored.defaultLanguage || shownSets != storedSets)
            showSettings(stored);
    }
    m_model->refresh();
    updateCounts();
}

void RecipientsPage::listGroups(const QList<RecipientGroup>& groups)
{
    const qint64 current = currentGroupId();
    m_groupList->clear();
    m_groups = groups;
    for (const RecipientGroup& g : m_groups) {
        auto* item = new QListWidgetItem(m_groupList);
        item->setData(Qt::UserRole, g.id);
    }
    updateCounts();
    int row = 0;
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).id == current)
            row = i;
    m_groupList->setCurrentRow(m_groups.isEmpty() ? -1 : row);
}

void RecipientsPage::updateCounts()
{
    StorageError error;
    for (int i = 0; i < m_groups.size() && i < m_groupList->count(); ++i) {
        const RecipientGroup& g = m_groups.at(i);
        const int n = m_recipients.count(g.id, QString(), false, &error);
        m_groupList->item(i)->setText(QStringLiteral("%1  (%2)").arg(groupLabel(g), QLocale().toString(n)));
    }
    updateDuplicateFilter();
    const int row = m_groupList->currentRow();
    m_useCountButton->hide();
    if (row < 0 || row >= m_groups.size()) {
        m_countCheck->clear();
        return;
    }
    // Compare the list with the number of people the linked data sets give.
    const RecipientGroup& g = m_groups.at(row);
    const int listed = m_recipients.count(g.id, QString(), false, &error);
    int expected = 0;
    bool known = true, about = false;
    for (const DataSet& ds : m_document->incident().dataSets) {
        if (!g.dataSetIds.contains(ds.id))
            continue;
        if (!ds.people)
            known = false;
        else
            expected += *ds.people;
        about = about || ds.peopleEstimate;
    }
    const QLocale locale;
    // One linked data set whose count is missing, estimated or different: offer to take the list's count.
    const DataSet* single =
        g.dataSetIds.size() == 1 ? m_document->dataSet(g.dataSetIds.constFirst()) : nullptr;
    if (single && !g.organisations && listed > 0 && (!known || about || listed != expected)) {
        m_useCountButton->setText(tr("Use %1 as the number of people").arg(locale.toString(listed)));
        m_useCountButton->show();
    }
    const QString inList = tr("%Ln recipient(s) in the list", nullptr, listed);
    if (g.dataSetIds.isEmpty() || g.organisations)
        m_countCheck->setText(tr("%1.", "N recipients in the list.").arg(inList));
    else if (!known)
        m_countCheck->setText(tr("%1; a linked data set has no count yet.").arg(inList));
    else if (listed == expected || (about && listed > 0))
        m_countCheck->setText(about ? tr("%1; the data sets say about %Ln.", nullptr, expected).arg(inList)
                                    : tr("%1; the data sets say %Ln.", nullptr, expected).arg(inList));
    else
        m_countCheck->setText(tr("<b style=\"color:#a04000\">⚠ %1, but the data sets say %Ln person(s).</b> "
                                 "Check the list or the counts.",
                                 nullptr, expected)
                                  .arg(inList));
}

void RecipientsPage::useListCount()
{
    const int row = m_groupList->currentRow();
    if (row < 0 || row >= m_groups.size() || m_groups.at(row).dataSetIds.size() != 1)
        return;
    const RecipientGroup& g = m_groups.at(row);
    StorageError error;
    const int listed = m_recipients.count(g.id, QString(), false, &error);
    const qint64 dataSetId = g.dataSetIds.constFirst();
    // Two undoable edits through the open incident, like typing the number on the data sets page.
    const DataSet* ds = m_document->dataSet(dataSetId);
    if (!ds)
        return;
    const bool wasEstimate = ds->peopleEstimate;
    if (m_document->setDataSetField(dataSetId, QStringLiteral("people"), listed) && wasEstimate)
        m_document->setDataSetField(dataSetId, QStringLiteral("people_estimate"), false);
    updateCounts();
}

void RecipientsPage::showGroup()
{
    const int row = m_groupList->currentRow();
    const bool valid = row >= 0 && row < m_groups.size();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_labelJa, m_labelEn, m_kind, m_channel, m_language, m_dataSets})
        w->setEnabled(valid);
    if (valid) {
        showSettings(m_groups.at(row));
        m_model->setGroup(m_groups.at(row).id);
    } else {
        m_updating = true;
        m_dataSets->clear();
        m_keyLabel->clear();
        m_updating = false;
        m_model->setGroup(0);
    }
    updateCounts();
}

void RecipientsPage::showSettings(const RecipientGroup& g)
{
    m_updating = true;
    m_dataSets->clear();
    m_labelJa->setText(g.labelJa);
    m_keyLabel->setText(g.key);
    m_labelEn->setText(g.labelEn);
    m_kind->setCurrentIndex(g.organisations ? 1 : 0);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(g.channel)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(g.defaultLanguage)));
    m_removeGroupButton->setEnabled(!g.builtin);
    for (const DataSet& ds : m_document->incident().dataSets) {
        QString text = Labels::group(ds);
        if (ds.holder == Holder::Consignor && !ds.consignorName.isEmpty())
            text += QStringLiteral(" — ") + ds.consignorName;
        auto* item = new QListWidgetItem(text, m_dataSets);
        item->setData(Qt::UserRole, ds.id);
        item->setToolTip(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(g.dataSetIds.contains(ds.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

RecipientGroup RecipientsPage::shownSettings() const
{
    const int row = m_groupList->currentRow();
    RecipientGroup g = row >= 0 && row < m_groups.size() ? m_groups.at(row) : RecipientGroup();
    g.labelJa = m_labelJa->text().trimmed();
    g.labelEn = m_labelEn->text().trimmed();
    g.organisations = m_kind->currentData().toString() == QLatin1String("organisations");
    g.channel = m_channel->currentData().toString();
    g.defaultLanguage = m_language->currentData().toString();
    g.dataSetIds.clear();
    for (int i = 0; i < m_dataSets->count(); ++i)
        if (m_dataSets->item(i)->checkState() == Qt::Checked)
            g.dataSetIds.append(m_dataSets->item(i)->data(Qt::UserRole).toLongLong());
    return g;
}

void RecipientsPage::saveGroupSettings()
{
    const int row = m_groupList->currentRow();
    if (m_updating || row < 0 || row >= m_groups.size())
        return;
    StorageError error;
    if (!m_recipients.updateGroup(shownSettings(), &error)) // undoable; the page hears of it (refresh())
        Dialogs::warning(this, tr("Recipients"), error.message, error.detail);
}

void RecipientsPage::addGroup()
{
    bool ok = false;
    const QString label =
        Dialogs::textInput(this, tr("Add group"), tr("Name of the new group:"), QString(), &ok).trimmed();
    if (!ok || label.isEmpty())
        return;
    RecipientGroup g;
    g.incidentId = m_document->incidentId();
    g.key = QStringLiteral("custom_%1").arg(QDateTime::currentMSecsSinceEpoch());
    (Labels::interfaceIsJapanese() ? g.labelJa : g.labelEn) = label;
    g.position = int(m_groups.size());
    StorageError error;
    if (!m_recipients.addGroup(g, &error)) {
        Dialogs::warning(this, tr("Add group"), error.message, error.detail);
        return;
    }
    reloadGroups();
    selectGroup(g.key);
}

void RecipientsPage::removeGroup()
{
    const qint64 id = currentGroupId();
    if (!id)
        return;
    if (Dialogs::question(this, tr("Delete group"),
                          tr("Delete this group and every recipient in it? This cannot be undone.")) !=
        QMessageBox::Yes)
        return;
    StorageError error;
    if (!m_recipients.removeGroup(id, &error))
        Dialogs::warning(this, tr("Delete group"), error.message, error.detail);
}

QList<qint64> RecipientsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->recipientId(index.row()));
    return ids;
}

void RecipientsPage::setSelectedExcluded(bool excluded)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    StorageError error;
    if (!m_recipients.setExcluded(ids, excluded, &error)) // undoable; the page hears of it (refresh())
        Dialogs::warning(this, tr("Recipients"), error.message, error.detail);
}

void RecipientsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (Dialogs::question(this, tr("Delete recipients"),
                          tr("Delete %n selected recipient(s)?", nullptr, int(ids.size()))) !=
        QMessageBox::Yes)
        return;
    StorageError error;
    if (!m_recipients.remove(ids, &error)) // undoable; the page hears of it (refresh())
        Dialogs::warning(this, tr("Recipients"), error.message, error.detail);
}

void RecipientsPage::importClicked()
{
    if (!currentGroupId())
        return;
    const QString path = Dialogs::openFileName(this, tr("Import recipients"),
                                               tr("Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

ImportDialog* RecipientsPage::importFile(const QString& path)
{
    const int row = m_groupList->currentRow();
    if (row < 0 || row >= m_groups.size())
        return nullptr;
    auto* dialog = new ImportDialog(m_document->workspace(), m_groups.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->setFile(path)) {
        Dialogs::warning(this, tr("Import recipients"), dialog->errorString());
        delete dialog;
        return nullptr;
    }
    dialog->open();
    return dialog;
}

void RecipientsPage::exportClicked(RecipientFileFormat format)
{
    const int row = m_groupList->currentRow();
    if (row < 0 || row >= m_groups.size())
        return;
    const bool xlsx = format == RecipientFileFormat::Xlsx;
    const QString suggested =
        m_groups.at(row).key + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path = Dialogs::saveFileName(this, tr("Export recipients"), suggested,
                                               xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportFile(path, format);
}

bool RecipientsPage::exportFile(const QString& path, RecipientFileFormat format)
{
    const int row = m_groupList->currentRow();
    if (row < 0 || row >= m_groups.size())
        return false;
    const RecipientGroup& group = m_groups.at(row);
    StorageError storage;
    RecipientFileResult result;
    const RecordedExport done =
        m_recipients.exportGroup(group, m_document->incident().code, path, format,
                                 Labels::interfaceIsJapanese() ? u"ja" : u"en", &result, &storage);
    if (!done.written()) {
        const QString detail = storage ? storage.text() : done.error ? done.error.text() : QString();
        Dialogs::warning(this, tr("Export recipients"),
                         result.error.isEmpty()
                             ? tr("%1 was not written: the export could not be recorded in "
                                  "the audit trail.")
                                   .arg(path)
                             : result.error,
                         detail);
        return false;
    }
    if (!result.unwritable.isEmpty()) {
        QStringList where;
        for (const UnwritableChar& u : result.unwritable.mid(0, 20))
            where.append(
                tr("row %1, column %2: %3").arg(u.row).arg(u.column + 1).arg(describeCodePoint(u.codePoint)));
        Dialogs::warning(this, tr("Export recipients"),
                         tr("%n character(s) cannot be written in Shift_JIS and were written as “?”.",
                            nullptr, int(result.unwritable.size())),
                         where.join(QLatin1Char('\n')));
    }
    return true;
}

} // namespace bd
