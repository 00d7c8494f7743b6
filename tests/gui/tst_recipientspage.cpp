// The Recipients page over a temporary workspace with the demo incident: the paged table model at 100,000
// rows (QAbstractItemModelTester, search, sort, edit, custom field columns), groups and their settings,
// exclude/include/delete, the import dialog with a CP932 file, the remembered mapping, a custom field column,
// the save on a worker thread and its cancel, export, and undo from the window (Ctrl+Z) of cell edits,
// include/exclude, deletes, a whole import and a group's settings.
#include "database.h"
#include "dialogs.h"
#include "exportaudit.h"
#include "importdialog.h"
#include "incidentdocument.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "recipientrepository.h"
#include "recipientspage.h"
#include "recipienttablemodel.h"
#include "sourcefile.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TestRecipientsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void model_100000Rows_passesTester_searchSortEdit();
    void page_showsBuiltinGroups_addsAndRemovesCustomGroup_savesSettings();
    void page_countDisagreesWithDataSets_warns();
    void page_excludeIncludeDelete_deleteAsks();
    void page_possibleDuplicates_shownFilteredAndResolved();
    void importDialog_possibleDuplicates_listedAndSavedMarked();
    void importDialog_cp932File_importsEveryFieldAndRemembersMapping();
    void importDialog_problemsAndDuplicates_listedBeforeSaving();
    void importDialog_cancel_leavesNothing();
    void importDialog_encodingAndSheetCanBeChanged();
    void importDialog_largeFile_plansOffTheGuiThread();
    void importDialog_customColumn_shownSortedSearchedEditedAndExported();
    void importDialog_save_runsOnAWorkerThreadAndRefreshesThePage();
    void importDialog_cancelWhileSaving_leavesTheGroupUnchanged();
    void export_csvAndXlsx_roundTripWithFormulasNeutralised();
    void cellEdit_ctrlZThroughTheWindowsUndoAction_restoresIt();
    void excludeDeleteAndImport_undoneFromTheWindow();

private:
    RecipientsPage* openPage(const QString& groupKey);
    RecipientGroup group(const QString& key) const;
    int countIn(const QString& key) const;
    ImportDialog* importAndWait(RecipientsPage* page, const QString& path);
    // Presses "Import" and waits for the save (on its worker thread); the number of rows saved, or -1.
    int pressImportAndWait(ImportDialog* dialog, int timeoutMs = 20000);
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demoId = 0;
};

void TestRecipientsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

void TestRecipientsPage::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++n)), &error),
             qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_demoId = *id;
    QVERIFY(RecipientRepository(*m_db).ensureBuiltinGroups(m_demoId, &error));
}

void TestRecipientsPage::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

RecipientsPage* TestRecipientsPage::openPage(const QString& groupKey)
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_demoId);
    m_window->show();
    m_window->showPage(QStringLiteral("recipientsPage"));
    auto* page = qobject_cast<RecipientsPage*>(m_window->pages()->currentWidget());
    if (page)
        page->selectGroup(groupKey);
    return page;
}

RecipientGroup TestRecipientsPage::group(const QString& key) const
{
    StorageError error;
    return RecipientRepository(*m_db).groupByKey(m_demoId, key, &error).value_or(RecipientGroup());
}

int TestRecipientsPage::countIn(const QString& key) const
{
    StorageError error;
    return RecipientRepository(*m_db).count(group(key).id, QString(), true, &error);
}

ImportDialog* TestRecipientsPage::importAndWait(RecipientsPage* page, const QString& path)
{
    ImportDialog* dialog = page->importFile(path);
    if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isPlanning(); }, 20000))
        return nullptr;
    return dialog;
}

int TestRecipientsPage::pressImportAndWait(ImportDialog* dialog, int timeoutMs)
{
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&imported] { return imported.count() > 0; }, timeoutMs))
        return -1;
    return imported.constFirst().constFirst().toInt();
}

QString TestRecipientsPage::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestRecipientsPage::model_100000Rows_passesTester_searchSortEdit()
{
    const qint64 groupId = group(u"employees"_s).id;
    QList<Recipient> rows;
    rows.reserve(100000);
    for (int i = 1; i <= 100000; ++i) {
        Recipient r;
        r.name = u"髙橋 太郎 "_s + QString::number(i);
        r.email = u"user"_s + QString::number(i) + u"@example.jp"_s;
        r.address = u"東京都千代田区丸の内１－"_s + QString::number(i);
        r.sourceFile = u"big.csv"_s;
        r.sourceRow = i + 1;
        r.custom.insert(u"社員番号"_s, u"S%1"_s.arg(100000 - i, 6, 10, QLatin1Char('0')));
        rows.append(r);
    }
    StorageError error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(RecipientRepository(*m_db).insertMany(groupId, rows, u"big.csv"_s, &error),
             qPrintable(error.text()));
    qInfo("insertMany: 100000 rows in %lld ms", timer.elapsed());

    Workspace workspace(*m_db);
    RecipientTableModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timer.restart();
    model.setGroup(groupId);
    QCOMPARE(model.rowCount(), 100000);
    // The fixed fields, the custom field, the source, then the possible-duplicate mark.
    QCOMPARE(model.columnCount(), RecipientTableModel::FixedColumnCount + 3);
    const int custom = model.customColumn(u"社員番号"_s);
    QCOMPARE(custom, int(RecipientTableModel::FixedColumnCount));
    QCOMPARE(model.sourceColumn(), custom + 1);
    QCOMPARE(model.duplicateColumn(), custom + 2);
    QVERIFY(!(model.flags(model.index(0, model.duplicateColumn())) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(custom, Qt::Horizontal, Qt::DisplayRole).toString(), u"社員番号"_s);
    QCOMPARE(model.index(99999, RecipientTableModel::Name).data().toString(), u"髙橋 太郎 100000"_s);
    QCOMPARE(model.index(99999, custom).data().toString(), u"S000000"_s);
    QCOMPARE(model.index(99999, model.sourceColumn()).data().toString(), u"big.csv, row 100001"_s);
    QVERIFY(!(model.flags(model.index(0, model.sourceColumn())) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, custom)) & Qt::ItemIsEditable);
    qInfo("model reset, tester and last row: %lld ms", timer.elapsed());

    // A custom field sorts (its order is read once) and is searched like the fixed ones.
    timer.restart();
    model.sort(custom, Qt::AscendingOrder);
    QCOMPARE(model.index(0, RecipientTableModel::Name).data().toString(), u"髙橋 太郎 100000"_s);
    QCOMPARE(model.index(0, custom).data().toString(), u"S000000"_s);
    const qint64 sortMs = timer.elapsed();
    timer.restart();
    QCOMPARE(model.index(54321, custom).data().toString(), u"S054321"_s); // another block, by id
    qInfo("custom sort of 100000 rows: %lld ms; a block further down: %lld ms", sortMs, timer.elapsed());
    model.sort(custom, Qt::DescendingOrder);
    QCOMPARE(model.index(0, custom).data().toString(), u"S099999"_s);
    QCOMPARE(model.sortColumn(), custom);
    timer.restart();
    model.setSearch(u"S09999"_s); // S099990 … S099999
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(9, custom).data().toString(), u"S099990"_s);
    qInfo("search with a custom sort: %lld ms", timer.elapsed());
    model.setSearch(QString());
    model.sort(-1, Qt::AscendingOrder);

    model.setSearch(u"太郎 12345"_s);
    QCOMPARE(model.rowCount(), 1);
    model.setSearch(u"user9999"_s); // user9999, user99990 … user99999
    QCOMPARE(model.rowCount(), 11);
    model.setSearch(QString());
    QCOMPARE(model.rowCount(), 100000);

    model.sort(RecipientTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.index(0, RecipientTableModel::Name).data().toString(), u"髙橋 太郎 99999"_s);
    model.sort(RecipientTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(model.index(0, RecipientTableModel::Name).data().toString(), u"髙橋 太郎 1"_s);

    const QModelIndex email = model.index(0, RecipientTableModel::Email);
    QVERIFY(model.setData(email, u"  new@example.jp "_s, Qt::EditRole));
    QCOMPARE(email.data().toString(), u"new@example.jp"_s);
    const qint64 id = model.recipientId(0);
    QCOMPARE(RecipientRepository(*m_db).recipient(id, &error)->email, u"new@example.jp"_s);
    const QModelIndex language = model.index(0, RecipientTableModel::Language);
    QVERIFY(model.setData(language, u"English"_s, Qt::EditRole));
    QCOMPARE(RecipientRepository(*m_db).recipient(id, &error)->language, u"en"_s);
    QVERIFY(!model.setData(language, u"Klingon"_s, Qt::EditRole));
    QVERIFY(!model.setData(model.index(0, model.sourceColumn()), u"x"_s, Qt::EditRole));
    QVERIFY(model.setData(model.index(0, custom), u" S-edited "_s, Qt::EditRole));
    QCOMPARE(model.index(0, custom).data().toString(), u"S-edited"_s);
    QCOMPARE(RecipientRepository(*m_db).recipient(id, &error)->custom.value(u"社員番号"_s), u"S-edited"_s);
}

void TestRecipientsPage::page_showsBuiltinGroups_addsAndRemovesCustomGroup_savesSettings()
{
    RecipientsPage* page = openPage(u"employees"_s);
    QVERIFY(page);
    auto* groups = page->findChild<QListWidget*>(u"groupList"_s);
    QCOMPARE(groups->count(), 4);
    QVERIFY(groups->item(1)->text().startsWith(u"Employees and former employees"_s));
    auto* remove = page->findChild<QPushButton*>(u"removeGroupButton"_s);
    QVERIFY(!remove->isEnabled()); // built-in

    Dialogs::setNextText(u"Press contacts"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"addGroupButton"_s), Qt::LeftButton);
    QCOMPARE(groups->count(), 5);
    QVERIFY(groups->currentItem()->text().startsWith(u"Press contacts"_s));
    QVERIFY(remove->isEnabled());

    auto* channel = page->findChild<QComboBox*>(u"groupChannelComboBox"_s);
    channel->setCurrentIndex(channel->findData(u"email"_s));
    emit channel->activated(channel->currentIndex());
    auto* labelJa = page->findChild<QLineEdit*>(u"groupLabelJaLineEdit"_s);
    labelJa->setText(u"報道関係者"_s);
    emit labelJa->editingFinished();
    auto* dataSets = page->findChild<QListWidget*>(u"groupDataSetsList"_s);
    QVERIFY(dataSets->count() > 0);
    dataSets->item(0)->setCheckState(Qt::Checked);
    StorageError error;
    const auto saved = RecipientRepository(*m_db).group(page->currentGroupId(), &error);
    QVERIFY(saved);
    QCOMPARE(saved->channel, u"email"_s);
    QCOMPARE(saved->labelJa, u"報道関係者"_s);
    QCOMPARE(saved->labelEn, u"Press contacts"_s);
    QCOMPARE(saved->dataSetIds.size(), 1);

    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(groups->count(), 5);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(groups->count(), 4);
    QCOMPARE(RecipientRepository(*m_db).groups(m_demoId, &error).size(), 4);
}

void TestRecipientsPage::page_countDisagreesWithDataSets_warns()
{
    RecipientsPage* page = openPage(u"employees"_s);
    auto* check = page->findChild<QLabel*>(u"countCheckLabel"_s);
    QVERIFY2(check->text().contains(u"⚠"_s) && check->text().contains(u"91"_s), qPrintable(check->text()));
    QList<Recipient> rows;
    for (int i = 0; i < 91; ++i) {
        Recipient r;
        r.name = u"社員 "_s + QString::number(i);
        rows.append(r);
    }
    StorageError error;
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    page->selectGroup(u"candidates"_s);
    page->selectGroup(u"employees"_s);
    QVERIFY2(!check->text().contains(u"⚠"_s), qPrintable(check->text()));
    auto* useCount = page->findChild<QPushButton*>(u"useListCountButton"_s);
    QVERIFY(!useCount->isVisibleTo(page)); // nothing to take over

    // Five more: the list now says 96, the data set 91; the officer takes the list's count (undoable).
    rows.resize(5);
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    page->selectGroup(u"candidates"_s);
    page->selectGroup(u"employees"_s);
    QVERIFY(check->text().contains(u"⚠"_s));
    QVERIFY(useCount->isVisibleTo(page));
    useCount->click(); // (in the narrow offscreen window the form may squeeze it to nothing)
    const qint64 dataSetId = group(u"employees"_s).dataSetIds.value(0);
    QCOMPARE(m_window->document()->dataSet(dataSetId)->people, std::optional<int>(96));
    QVERIFY2(!check->text().contains(u"⚠"_s), qPrintable(check->text()));
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->dataSet(dataSetId)->people, std::optional<int>(91));
    auto* groups = page->findChild<QListWidget*>(u"groupList"_s);
    QVERIFY2(groups->currentItem()->text().contains(u"(96)"_s), qPrintable(groups->currentItem()->text()));
}

void TestRecipientsPage::page_excludeIncludeDelete_deleteAsks()
{
    QList<Recipient> rows;
    for (int i = 0; i < 5; ++i) {
        Recipient r;
        r.name = u"Person "_s + QString::number(i);
        rows.append(r);
    }
    StorageError error;
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    RecipientsPage* page = openPage(u"employees"_s);
    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    QCOMPARE(table->model()->rowCount(), 5);
    const auto selectRows = [&](std::initializer_list<int> which) {
        table->clearSelection();
        for (int row : which)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    selectRows({0, 2});
    QTest::mouseClick(page->findChild<QPushButton*>(u"excludeButton"_s), Qt::LeftButton);
    QVERIFY(table->model()->index(0, 0).data(RecipientTableModel::ExcludedRole).toBool());
    QVERIFY(!table->model()->index(1, 0).data(RecipientTableModel::ExcludedRole).toBool());
    QVERIFY(table->model()->index(2, 0).data(RecipientTableModel::ExcludedRole).toBool());
    QCOMPARE(RecipientRepository(*m_db).count(group(u"employees"_s).id, QString(), false, &error), 3);

    selectRows({2});
    QTest::mouseClick(page->findChild<QPushButton*>(u"includeButton"_s), Qt::LeftButton);
    QVERIFY(!table->model()->index(2, 0).data(RecipientTableModel::ExcludedRole).toBool());

    selectRows({3, 4});
    auto* del = page->findChild<QPushButton*>(u"deleteRecipientsButton"_s);
    Dialogs::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(del, Qt::LeftButton);
    QCOMPARE(countIn(u"employees"_s), 5);
    selectRows({3, 4});
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(del, Qt::LeftButton);
    QCOMPARE(countIn(u"employees"_s), 3);
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestRecipientsPage::page_possibleDuplicates_shownFilteredAndResolved()
{
    QList<Recipient> rows;
    for (int i = 0; i < 5; ++i) {
        Recipient r;
        r.name = u"Person "_s + QString::number(i);
        r.email = u"p%1@example.jp"_s.arg(i);
        r.sourceFile = u"staff.csv"_s;
        r.sourceRow = i + 2;
        rows.append(r);
    }
    rows[3].email = rows[1].email;
    rows[3].possibleDuplicate = DuplicateKind::Email; // rows 5 and 3 of staff.csv share an e-mail
    rows[3].possibleDuplicateOfRow = 3;
    rows[4].possibleDuplicate = DuplicateKind::NameAddress;
    rows[4].possibleDuplicateOfRow = 2;
    StorageError error;
    const qint64 groupId = group(u"employees"_s).id;
    QVERIFY(RecipientRepository(*m_db).insertMany(groupId, rows, u"staff.csv"_s, &error));
    RecipientsPage* page = openPage(u"employees"_s);
    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    RecipientTableModel* model = page->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->headerData(model->duplicateColumn(), Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Possible duplicate"_s);
    QCOMPARE(model->index(3, model->duplicateColumn()).data().toString(),
             u"Same e-mail as staff.csv, row 3"_s);
    QCOMPARE(model->index(4, model->duplicateColumn()).data().toString(),
             u"Same name and address as staff.csv, row 2"_s);
    QVERIFY(model->index(3, 0).data(RecipientTableModel::PossibleDuplicateRole).toBool());
    QVERIFY(model->index(0, model->duplicateColumn()).data().toString().isEmpty());

    auto* filter = page->findChild<QPushButton*>(u"possibleDuplicatesFilterButton"_s);
    QVERIFY(filter);
    QCOMPARE(filter->text(), u"Possible duplicates (2)"_s);
    QTest::mouseClick(filter, Qt::LeftButton);
    QVERIFY(filter->isChecked());
    QCOMPARE(model->rowCount(), 4); // the two marked and the two they point to

    // "Not a duplicate" clears the mark (audited, without values); the filter follows.
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->recipientId(r) == rows[3].id)
            row = r;
    QVERIFY(row >= 0);
    table->clearSelection();
    table->selectionModel()->select(model->index(row, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(page->findChild<QPushButton*>(u"notDuplicateButton"_s), Qt::LeftButton);
    QVERIFY(!RecipientRepository(*m_db).recipient(rows[3].id, &error)->possibleDuplicate);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(filter->text(), u"Possible duplicates (1)"_s);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT field, coalesce(after_value, '') FROM audit_log ORDER BY id DESC LIMIT 1"_s) &&
            q.next());
    QCOMPARE(q.value(0).toString(), u"not a duplicate"_s);
    m_window->findChild<QAction*>(u"undoAction"_s)->trigger(); // marked again; then as the officer said
    QCOMPARE(filter->text(), u"Possible duplicates (2)"_s);
    QVERIFY(RecipientRepository(*m_db).recipient(rows[3].id, &error)->possibleDuplicate);
    m_window->findChild<QAction*>(u"redoAction"_s)->trigger();
    QCOMPARE(filter->text(), u"Possible duplicates (1)"_s);
    QCOMPARE(model->rowCount(), 2);

    // "Exclude" keeps the other one but sends it nothing.
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->recipientId(r) == rows[4].id)
            row = r;
    table->clearSelection();
    table->selectionModel()->select(model->index(row, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(page->findChild<QPushButton*>(u"excludeButton"_s), Qt::LeftButton);
    QVERIFY(RecipientRepository(*m_db).recipient(rows[4].id, &error)->excluded);
    QTest::mouseClick(filter, Qt::LeftButton);
    QCOMPARE(model->rowCount(), 5);
}

void TestRecipientsPage::importDialog_possibleDuplicates_listedAndSavedMarked()
{
    const QString path = writeFile(u"contacts.csv"_s, "氏名,会社名,住所,メールアドレス\n"
                                                      "山田 太郎,A社,東京都千代田区1-1,taro@a.example\n"
                                                      "山田 太郎,B社,東京都千代田区1-1,taro@b.example\n");
    RecipientsPage* page = openPage(u"employees"_s);
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().counts.accepted, 2);
    QCOMPARE(dialog->plan().counts.possibleDuplicates, 1);
    auto* problems = dialog->findChild<QTableWidget*>(u"problemsTable"_s);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QVERIFY2(problems->item(0, 2)->text().startsWith(u"Possible duplicate: same name and address as row 2"_s),
             qPrintable(problems->item(0, 2)->text()));
    QCOMPARE(pressImportAndWait(dialog), 2);
    QCOMPARE(page->findChild<QPushButton*>(u"possibleDuplicatesFilterButton"_s)->text(),
             u"Possible duplicates (1)"_s);
    QCOMPARE(page->model()->index(1, page->model()->duplicateColumn()).data().toString(),
             u"Same name and address as contacts.csv, row 2"_s);
}

void TestRecipientsPage::importDialog_cp932File_importsEveryFieldAndRemembersMapping()
{
    RecipientsPage* page = openPage(u"employees"_s);
    const QString path = QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv");
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* encoding = dialog->findChild<QComboBox*>(u"encodingComboBox"_s);
    QVERIFY2(encoding->currentText().contains(u"CP932"_s) && encoding->currentText().contains(u"detected"_s),
             qPrintable(encoding->currentText()));
    QCOMPARE(dialog->plan().counts.accepted, 3);
    QCOMPARE(dialog->plan().counts.rejected, 0);
    auto* preview = dialog->findChild<QTableWidget*>(u"previewTable"_s);
    QCOMPARE(preview->rowCount(), 1 + 3);
    QCOMPARE(preview->item(1, 0)->text(), u"髙橋 一郎"_s);
    QCOMPARE(dialog->mapping().field(7), u"custom:備考"_s);

    // The user ignores the remarks column; the import remembers it.
    auto* remarks = dialog->findChild<QComboBox*>(u"mappingComboBox7"_s);
    QVERIFY(remarks);
    remarks->setCurrentIndex(remarks->findData(QString()));
    emit remarks->activated(remarks->currentIndex());
    QTRY_VERIFY(!dialog->isPlanning());
    QCOMPARE(dialog->mapping().field(7), QString());
    auto* importButton = dialog->findChild<QPushButton*>(u"importButton"_s);
    QVERIFY(importButton->isEnabled());
    // (plural forms come from the English catalogue once lupdate has run)
    QVERIFY2(importButton->text().startsWith(u"Import 3 good row"_s), qPrintable(importButton->text()));
    QCOMPARE(pressImportAndWait(dialog), 3);
    QCOMPARE(countIn(u"employees"_s), 3);

    QList<Recipient> saved;
    StorageError error;
    RecipientRepository(*m_db).forEach(
        group(u"employees"_s).id, true, [&](const Recipient& r) { return saved.append(r), true; }, &error);
    QCOMPARE(saved.size(), 3);
    QCOMPARE(saved[0].name, u"髙橋 一郎"_s);
    QCOMPARE(saved[0].kana, u"ﾀｶﾊｼ ｲﾁﾛｳ"_s);
    QCOMPARE(saved[0].organisation, u"㈱山﨑商事"_s);
    QCOMPARE(saved[0].department, u"第①営業部"_s);
    QCOMPARE(saved[0].address, u"東京都千代田区１－２－３"_s);
    QCOMPARE(saved[0].email, u"ichiro@example.jp"_s);
    QCOMPARE(saved[0].phone, u"03－1234－5678"_s);
    QVERIFY(saved[0].custom.isEmpty());
    QCOMPARE(saved[0].sourceFile, u"recipients_cp932.csv"_s);
    QCOMPARE(saved[0].sourceRow, 2);
    QCOMPARE(saved[1].name, u"山﨑 花子"_s);
    QCOMPARE(saved[1].organisation, u"ＡＢＣ株式会社"_s);
    QCOMPARE(saved[1].department, u"総務部\n人事課"_s);
    QCOMPARE(saved[1].sourceRow, 3);
    QCOMPARE(saved[2].name, u"Ｓｍｉｔｈ, Ｊｏｈｎ"_s);
    QCOMPARE(saved[2].organisation, u"№１ Ltd."_s);
    QCOMPARE(saved[2].department, u"Ⅱ課"_s);
    QCOMPARE(saved[2].address, u"神奈川県横浜市∥港北区"_s);
    QCOMPARE(saved[2].sourceRow, 4); // as Excel numbers it: row 3's quoted line break is not a row

    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, page->model()->sourceColumn()).data().toString(),
             u"recipients_cp932.csv, row 2"_s);

    // The same file again: the remembered mapping (remarks ignored), and every row is now a duplicate.
    QVERIFY(!group(u"employees"_s).columnMapping.isEmpty());
    ImportDialog* again = importAndWait(page, path);
    QVERIFY(again);
    QCOMPARE(again->mapping().field(7), QString());
    QCOMPARE(again->plan().counts.duplicates, 3);
    QCOMPARE(again->plan().counts.accepted, 0);
    QVERIFY(!again->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    again->reject();
    QCOMPARE(countIn(u"employees"_s), 3);
}

void TestRecipientsPage::importDialog_problemsAndDuplicates_listedBeforeSaving()
{
    const QString path = writeFile(u"problems.csv"_s, "氏名,メールアドレス,住所\n"
                                                      "山田 太郎,taro@example.jp,東京都\n"
                                                      ",hanako@example.jp,大阪府\n"
                                                      "佐藤 次郎,not-an-address,京都府\n"
                                                      "山田 太郎,TARO@example.jp,東京都\n"
                                                      "鈴木 三郎,saburo@example.jp,札幌市,extra\n");
    RecipientsPage* page = openPage(u"employees"_s);
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    const ImportPlan& plan = dialog->plan();
    QCOMPARE(plan.counts.accepted, 2); // the invalid e-mail is a warning: the row is kept for post
    QCOMPARE(plan.counts.rejected, 2);
    QCOMPARE(plan.counts.duplicates, 1);
    auto* problems = dialog->findChild<QTableWidget*>(u"problemsTable"_s);
    QStringList lines;
    for (int r = 0; r < problems->rowCount(); ++r)
        lines.append(problems->item(r, 0)->text() + u'|' + problems->item(r, 1)->text() + u'|' +
                     problems->item(r, 2)->text());
    const QString all = lines.join(u'\n');
    QVERIFY2(lines.size() == 4, qPrintable(all));
    QVERIFY2(all.contains(u"3|氏名|The name is missing."_s), qPrintable(all));
    QVERIFY2(all.contains(u"4|メールアドレス|Warning: The e-mail address is not valid"_s), qPrintable(all));
    QVERIFY2(all.contains(u"6|column 4|"_s), qPrintable(all));
    QVERIFY2(all.contains(u"5||Identical to row 2: imported once."_s), qPrintable(all));
    auto* summary = dialog->findChild<QLabel*>(u"summaryLabel"_s);
    // Every count is a plural phrase: "1 identical row", never "1 identical rows" (before the English
    // catalogue has the new phrases, the source text "1 identical row(s)" shows).
    QVERIFY2(summary->text().contains(u"5 row"_s) &&
                 summary->text().contains(u": 2 accepted, 2 with problems, 1 identical row"_s) &&
                 !summary->text().contains(u"1 identical rows"_s),
             qPrintable(summary->text()));

    // Rows with problems can come along, excluded, to be fixed in the table.
    auto* addRejected = dialog->findChild<QCheckBox*>(u"addRejectedCheckBox"_s);
    QVERIFY(addRejected->isVisibleTo(dialog));
    addRejected->setChecked(true);
    auto* importButton = dialog->findChild<QPushButton*>(u"importButton"_s);
    QVERIFY2(importButton->text().startsWith(u"Import 4 row"_s), qPrintable(importButton->text()));
    QCOMPARE(pressImportAndWait(dialog), 4);
    StorageError error;
    const qint64 groupId = group(u"employees"_s).id;
    QCOMPARE(RecipientRepository(*m_db).count(groupId, QString(), true, &error), 4);
    QCOMPARE(RecipientRepository(*m_db).count(groupId, QString(), false, &error), 2);
}

void TestRecipientsPage::importDialog_cancel_leavesNothing()
{
    RecipientsPage* page = openPage(u"candidates"_s);
    const int auditBefore = [&] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next() ? q.value(0).toInt() : -1;
    }();
    ImportDialog* dialog =
        importAndWait(page, QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv"));
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().counts.accepted, 3);
    QPointer<ImportDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // closed and deleted
    QCOMPARE(countIn(u"candidates"_s), 0);
    QVERIFY(group(u"candidates"_s).columnMapping.isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), auditBefore);
}

void TestRecipientsPage::importDialog_encodingAndSheetCanBeChanged()
{
    RecipientsPage* page = openPage(u"business_contacts"_s);
    ImportDialog* dialog =
        importAndWait(page, QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients_cp932.csv"));
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().counts.accepted, 3);
    // Read as UTF-8 instead, the Japanese text is unreadable: every row is rejected and the import disabled.
    auto* encoding = dialog->findChild<QComboBox*>(u"encodingComboBox"_s);
    encoding->setCurrentIndex(0);
    emit encoding->activated(0);
    QTRY_VERIFY(!dialog->isPlanning());
    QCOMPARE(dialog->plan().counts.accepted, 0);
    QVERIFY(dialog->plan().hasErrors());
    QVERIFY(!dialog->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    dialog->reject();

    ImportDialog* xlsx = importAndWait(page, QStringLiteral(BD_TEST_DATA_DIR "/recipients/recipients.xlsx"));
    QVERIFY(xlsx);
    auto* sheet = xlsx->findChild<QComboBox*>(u"sheetComboBox"_s);
    QVERIFY(sheet->isVisibleTo(xlsx));
    QVERIFY(!xlsx->findChild<QComboBox*>(u"encodingComboBox"_s)->isVisibleTo(xlsx));
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->itemText(0), u"社員一覧"_s);
    QCOMPARE(xlsx->header().value(0), u"氏名"_s);
    QCOMPARE(xlsx->plan().counts.accepted, 1); // the one row with an e-mail (an e-mail group)
    sheet->setCurrentIndex(1);
    emit sheet->activated(1);
    QTRY_VERIFY(!xlsx->isPlanning());
    QCOMPARE(sheet->currentIndex(), 1);
    QCOMPARE(xlsx->header(), QStringList({QString(), u"note"_s}));
    xlsx->reject();
    QCOMPARE(countIn(u"business_contacts"_s), 0);
}

// A CP932 file of `rows` employees (name, e-mail, address), as Japanese Excel saves it.
static QByteArray largeCp932File(int rows)
{
    QStringEncoder cp932("windows-31j");
    QByteArray bytes = cp932.encode(u"氏名,メールアドレス,住所\r\n"_s);
    for (int i = 1; i <= rows; ++i)
        bytes += cp932.encode(u"髙橋 太郎%1,taro%1@example.jp,東京都千代田区１－%1\r\n"_s.arg(i));
    return bytes;
}

void TestRecipientsPage::importDialog_largeFile_plansOffTheGuiThread()
{
    constexpr int Rows = 30000;
    const QString path = writeFile(u"large.csv"_s, largeCp932File(Rows));
    RecipientsPage* page = openPage(u"employees"_s);
    QElapsedTimer timer;
    timer.start();
    ImportDialog* dialog = page->importFile(path);
    QVERIFY(dialog);
    const qint64 openMs = timer.elapsed();
    QVERIFY(dialog->isPlanning()); // the dialog is up while the rows are checked
    QVERIFY(dialog->findChild<QProgressBar*>(u"planProgressBar"_s)->isVisibleTo(dialog));
    QVERIFY(!dialog->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPlanning(), 60000);
    qInfo("dialog shown after %lld ms; %d rows planned after %lld ms", openMs, Rows, timer.elapsed());
    QCOMPARE(dialog->plan().counts.accepted, Rows);
    QCOMPARE(pressImportAndWait(dialog, 60000), Rows);
    qInfo("imported after %lld ms", timer.elapsed());
    QCOMPARE(countIn(u"employees"_s), Rows);
    QCOMPARE(page->model()->rowCount(), Rows);

    // The whole import is one undo step: undone, its rows go; redone, they are back with their ids.
    const qint64 firstId = page->model()->recipientId(0);
    timer.restart();
    m_window->findChild<QAction*>(u"undoAction"_s)->trigger();
    QCOMPARE(page->model()->rowCount(), 0);
    const qint64 undoMs = timer.elapsed();
    timer.restart();
    m_window->findChild<QAction*>(u"redoAction"_s)->trigger();
    QCOMPARE(page->model()->rowCount(), Rows);
    qInfo("undo of %d rows: %lld ms; redo: %lld ms", Rows, undoMs, timer.elapsed());
    QCOMPARE(page->model()->recipientId(0), firstId);
    QCOMPARE(countIn(u"employees"_s), Rows);
}

void TestRecipientsPage::importDialog_customColumn_shownSortedSearchedEditedAndExported()
{
    const QString path = writeFile(u"custom.csv"_s, "氏名,メールアドレス,住所,社員番号,メモ\n"
                                                    "山田 太郎,taro@example.jp,東京都,E-003,x\n"
                                                    "佐藤 花子,hanako@example.jp,大阪府,=1+2,y\n"
                                                    "鈴木 次郎,jiro@example.jp,京都府,E-001,z\n");
    RecipientsPage* page = openPage(u"employees"_s);
    RecipientTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), RecipientTableModel::FixedColumnCount + 2); // no custom field yet
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    // The staff number goes to a custom field through its combo; the memo column is left out.
    auto* staffNo = dialog->findChild<QComboBox*>(u"mappingComboBox3"_s);
    staffNo->setCurrentIndex(staffNo->findData(u"custom:社員番号"_s));
    emit staffNo->activated(staffNo->currentIndex());
    auto* memo = dialog->findChild<QComboBox*>(u"mappingComboBox4"_s);
    memo->setCurrentIndex(memo->findData(QString()));
    emit memo->activated(memo->currentIndex());
    QTRY_VERIFY(!dialog->isPlanning());
    QCOMPARE(dialog->mapping().field(3), u"custom:社員番号"_s);
    QCOMPARE(dialog->mapping().field(4), QString());
    QCOMPARE(pressImportAndWait(dialog), 3);

    // One column more, named as the field, with the values.
    QCOMPARE(model->customFieldNames(), QStringList{u"社員番号"_s});
    QCOMPARE(model->columnCount(), RecipientTableModel::FixedColumnCount + 3);
    const int column = model->customColumn(u"社員番号"_s);
    QCOMPARE(column, int(RecipientTableModel::FixedColumnCount));
    QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), u"社員番号"_s);
    QCOMPARE(model->headerData(column, Qt::Horizontal, RecipientTableModel::FieldKeyRole).toString(),
             u"custom:社員番号"_s);
    const auto columnValues = [&] {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data().toString());
        return values;
    };
    QCOMPARE(columnValues(), QStringList({u"E-003"_s, u"=1+2"_s, u"E-001"_s}));
    QCOMPARE(model->index(0, model->sourceColumn()).data().toString(), u"custom.csv, row 2"_s);

    // Sorted from the header like the other columns, and the header shows it.
    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    table->sortByColumn(column, Qt::AscendingOrder);
    QCOMPARE(columnValues(), QStringList({u"=1+2"_s, u"E-001"_s, u"E-003"_s}));
    table->sortByColumn(column, Qt::DescendingOrder);
    QCOMPARE(columnValues(), QStringList({u"E-003"_s, u"E-001"_s, u"=1+2"_s}));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), column);

    // Searched from the search field.
    auto* search = page->findChild<QLineEdit*>(u"recipientSearchLineEdit"_s);
    search->setText(u"E-00"_s);
    QTRY_COMPARE(model->rowCount(), 2);
    search->setText(u"社員番号"_s); // a field's name is not a value
    QTRY_COMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);

    // Edited in place: saved in one transaction and audited (the field, never the value).
    QVERIFY(model->flags(model->index(1, column)) & Qt::ItemIsEditable);
    const qint64 id = model->recipientId(1); // E-001
    QVERIFY(model->setData(model->index(1, column), u" E-101 "_s, Qt::EditRole));
    QCOMPARE(model->index(1, column).data().toString(), u"E-101"_s);
    StorageError error;
    QCOMPARE(RecipientRepository(*m_db).recipient(id, &error)->custom.value(u"社員番号"_s), u"E-101"_s);
    QSqlQuery audit(m_db->connection());
    QVERIFY(
        audit.exec(u"SELECT field, coalesce(after_value, '') FROM audit_log ORDER BY id DESC LIMIT 1"_s) &&
        audit.next());
    QCOMPARE(audit.value(0).toString(), u"recipient %1: custom:社員番号"_s.arg(id));
    QVERIFY(!audit.value(1).toString().contains(u"E-101"_s));

    // Exported with the others, formulas neutralised, and read back.
    for (RecipientFileFormat format : {RecipientFileFormat::CsvUtf8, RecipientFileFormat::Xlsx}) {
        const QString out =
            m_dir.filePath(format == RecipientFileFormat::Xlsx ? u"custom-out.xlsx"_s : u"custom-out.csv"_s);
        QVERIFY(page->exportFile(out, format));
        QVERIFY(test::exportEntries(*m_db).constLast().endsWith(u"sha256:"_s + test::fileSha256(out)));
        SourceFile file;
        QVERIFY2(file.open(out), qPrintable(file.errorString()));
        SourceRecord header, record;
        QVERIFY(file.source()->readNext(&header));
        const qsizetype at = header.cells.indexOf(u"社員番号"_s);
        QVERIFY2(at >= 0, qPrintable(header.cells.join(u'|')));
        QMap<QString, QString> staffNumbers; // name → staff number as written
        while (file.source()->readNext(&record))
            staffNumbers.insert(record.cells.value(0), record.cells.value(at));
        QCOMPARE(staffNumbers.value(u"山田 太郎"_s), u"E-003"_s);
        QCOMPARE(staffNumbers.value(u"佐藤 花子"_s), u"'=1+2"_s);
        QCOMPARE(staffNumbers.value(u"鈴木 次郎"_s), u"E-101"_s);
    }
}

void TestRecipientsPage::importDialog_save_runsOnAWorkerThreadAndRefreshesThePage()
{
    constexpr int Rows = 20000;
    const QString path = writeFile(u"async.csv"_s, largeCp932File(Rows));
    RecipientsPage* page = openPage(u"employees"_s);
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    QCOMPARE(dialog->plan().counts.accepted, Rows);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    // The click returned at once: the rows are being written by another thread, under a progress dialog.
    QVERIFY(dialog->isSaving());
    QCOMPARE(countIn(u"employees"_s), 0);
    auto* progress = dialog->findChild<QProgressDialog*>(u"saveProgressDialog"_s);
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), Rows);
    QVERIFY(!dialog->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
    QCOMPARE(imported.constFirst().constFirst().toInt(), Rows);
    QCOMPARE(countIn(u"employees"_s), Rows);
    QCOMPARE(page->model()->rowCount(), Rows); // the page read the rows again
    QVERIFY(page->findChild<QListWidget*>(u"groupList"_s)->currentItem()->text().contains(u"(20,000)"_s));
    QVERIFY(!group(u"employees"_s).columnMapping.isEmpty());
}

void TestRecipientsPage::importDialog_cancelWhileSaving_leavesTheGroupUnchanged()
{
    constexpr int Rows = 30000;
    const QString path = writeFile(u"cancel.csv"_s, largeCp932File(Rows));
    RecipientsPage* page = openPage(u"employees"_s);
    const auto auditCount = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT count(*) FROM audit_log"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    const int auditBefore = auditCount();
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    auto* importButton = dialog->findChild<QPushButton*>(u"importButton"_s);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog->isSaving());
    auto* progress = dialog->findChild<QProgressDialog*>(u"saveProgressDialog"_s);
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click(); // the user's Cancel in the progress dialog
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 60000);

    QCOMPARE(imported.count(), 0);
    QVERIFY(dialog->isVisible()); // still open: import again, change something, or close
    QVERIFY(!dialog->findChild<QProgressDialog*>(u"saveProgressDialog"_s));
    auto* summary = dialog->findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY2(summary->text().contains(u"cancelled"_s), qPrintable(summary->text()));
    QVERIFY(importButton->isEnabled());
    QCOMPARE(countIn(u"employees"_s), 0);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(group(u"employees"_s).columnMapping.isEmpty());
    QCOMPARE(auditCount(), auditBefore);

    // Closing the dialog while it saves cancels the save too.
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog->isSaving());
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 60000);
    QCOMPARE(countIn(u"employees"_s), 0);
    QCOMPARE(imported.count(), 0);
    QPointer<ImportDialog> guard(dialog);
    dialog->reject(); // now it closes
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(auditCount(), auditBefore);
}

void TestRecipientsPage::export_csvAndXlsx_roundTripWithFormulasNeutralised()
{
    QList<Recipient> rows(2);
    rows[0].name = u"=HYPERLINK(\"http://evil\",\"x\")"_s;
    rows[0].address = u"髙橋ビル 〜 ①"_s;
    rows[0].custom.insert(u"社員番号"_s, u"0012"_s);
    rows[1].name = u"山﨑 花子"_s;
    rows[1].phone = u"+81-3-1234-5678"_s;
    StorageError error;
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    RecipientsPage* page = openPage(u"employees"_s);

    // The open workspace is never a target: refused, the workspace as it was, nothing recorded.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page->exportFile(m_db->path(), RecipientFileFormat::CsvUtf8));
    QVERIFY2(Dialogs::lastWarning().contains(u"open workspace"_s), qPrintable(Dialogs::lastWarning()));
    QCOMPARE(RecipientRepository(*m_db).count(group(u"employees"_s).id, RecipientQuery{}, &error), 2);
    QVERIFY(test::exportEntries(*m_db).isEmpty());

    for (RecipientFileFormat format :
         {RecipientFileFormat::CsvUtf8, RecipientFileFormat::CsvCp932, RecipientFileFormat::Xlsx}) {
        const QString path =
            m_dir.filePath(format == RecipientFileFormat::Xlsx ? u"out.xlsx"_s : u"out.csv"_s);
        QVERIFY(page->exportFile(path, format));
        QVERIFY(test::exportEntries(*m_db).constLast().endsWith(u", 2 records, sha256:"_s +
                                                                test::fileSha256(path)));
        SourceFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        if (format == RecipientFileFormat::CsvCp932)
            QCOMPARE(file.encoding(), TextEncoding::Cp932);
        SourceRecord header, first, second;
        QVERIFY(file.source()->readNext(&header));
        QVERIFY(file.source()->readNext(&first));
        QVERIFY(file.source()->readNext(&second));
        QCOMPARE(header.cells.value(0), u"Name"_s);
        QVERIFY(header.cells.contains(u"社員番号"_s));
        QCOMPARE(first.cells.value(0), u"'=HYPERLINK(\"http://evil\",\"x\")"_s);
        QCOMPARE(second.cells.value(8), u"'+81-3-1234-5678"_s);
        QCOMPARE(first.cells.value(6),
                 format == RecipientFileFormat::CsvCp932 ? u"髙橋ビル ～ ①"_s : u"髙橋ビル 〜 ①"_s);
        QCOMPARE(first.cells.value(header.cells.indexOf(u"社員番号"_s)), u"0012"_s);
    }
}

void TestRecipientsPage::cellEdit_ctrlZThroughTheWindowsUndoAction_restoresIt()
{
    QList<Recipient> rows(2);
    rows[0].name = u"山田 太郎"_s;
    rows[0].email = u"taro@example.jp"_s;
    rows[1].name = u"佐藤 花子"_s;
    StorageError error;
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    RecipientsPage* page = openPage(u"employees"_s);
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    QAbstractItemModel* model = table->model();
    const QModelIndex email = model->index(0, RecipientTableModel::Email);
    // Typed into the cell as the table's editor does it.
    table->edit(email);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->setText(u"new@example.jp"_s);
    QTest::keyClick(editor, Qt::Key_Return); // (the delegate commits on the next turn of the event loop)
    QTRY_COMPARE(model->index(0, RecipientTableModel::Email).data().toString(), u"new@example.jp"_s);
    QCOMPARE(RecipientRepository(*m_db).recipient(rows[0].id, &error)->email, u"new@example.jp"_s);

    auto* undo = m_window->findChild<QAction*>(u"undoAction"_s);
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); // Ctrl+Z reaches the window's undo action
    QCOMPARE(RecipientRepository(*m_db).recipient(rows[0].id, &error)->email, u"taro@example.jp"_s);
    QCOMPARE(model->index(0, RecipientTableModel::Email).data().toString(), u"taro@example.jp"_s);
    QCOMPARE(model->rowCount(), 2);
    auto* redo = m_window->findChild<QAction*>(u"redoAction"_s);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(model->index(0, RecipientTableModel::Email).data().toString(), u"new@example.jp"_s);

    // The trail has the edit, its undo and its redo, naming the field and never a value.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT field, coalesce(after_value, '') FROM audit_log ORDER BY id DESC LIMIT 3"_s));
    int entries = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), u"recipient %1: email"_s.arg(rows[0].id));
        QVERIFY(!q.value(1).toString().contains(u"example.jp"_s));
        ++entries;
    }
    QCOMPARE(entries, 3);
}

void TestRecipientsPage::excludeDeleteAndImport_undoneFromTheWindow()
{
    QList<Recipient> rows(3);
    for (int i = 0; i < 3; ++i)
        rows[i].name = u"Person %1"_s.arg(i);
    StorageError error;
    QVERIFY(RecipientRepository(*m_db).insertMany(group(u"employees"_s).id, rows, u"test"_s, &error));
    RecipientsPage* page = openPage(u"employees"_s);
    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    auto* undo = m_window->findChild<QAction*>(u"undoAction"_s);
    auto* groups = page->findChild<QListWidget*>(u"groupList"_s);
    const auto select = [&](int row) {
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    select(1);
    QTest::mouseClick(page->findChild<QPushButton*>(u"excludeButton"_s), Qt::LeftButton);
    QVERIFY(table->model()->index(1, 0).data(RecipientTableModel::ExcludedRole).toBool());
    QVERIFY2(groups->currentItem()->text().contains(u"(2)"_s), qPrintable(groups->currentItem()->text()));
    undo->trigger();
    QVERIFY(!table->model()->index(1, 0).data(RecipientTableModel::ExcludedRole).toBool());
    QVERIFY2(groups->currentItem()->text().contains(u"(3)"_s), qPrintable(groups->currentItem()->text()));

    select(2);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page->findChild<QPushButton*>(u"deleteRecipientsButton"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 2);
    undo->trigger();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(2, RecipientTableModel::Name).data().toString(), u"Person 2"_s);
    QCOMPARE(RecipientRepository(*m_db).recipient(rows[2].id, &error)->name, u"Person 2"_s);

    // A whole import is one step: undone, exactly its rows go; the group's own stay.
    const QString path = writeFile(u"more.csv"_s, "氏名,住所\n新人 一郎,東京都\n新人 二郎,大阪府\n");
    ImportDialog* dialog = importAndWait(page, path);
    QVERIFY(dialog);
    QCOMPARE(pressImportAndWait(dialog), 2);
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY2(undo->text().contains(u"more.csv"_s) ||
                 m_window->document()->undoStack()->undoText().contains(u"more.csv"_s),
             qPrintable(m_window->document()->undoStack()->undoText()));
    undo->trigger();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(countIn(u"employees"_s), 3);
    m_window->findChild<QAction*>(u"redoAction"_s)->trigger();
    QCOMPARE(table->model()->rowCount(), 5);

    // The group's settings: undone, the form shows them as they were.
    auto* channel = page->findChild<QComboBox*>(u"groupChannelComboBox"_s);
    QCOMPARE(channel->currentData().toString(), u"post"_s);
    channel->setCurrentIndex(channel->findData(u"email"_s));
    emit channel->activated(channel->currentIndex());
    QCOMPARE(group(u"employees"_s).channel, u"email"_s);
    undo->trigger();
    QCOMPARE(group(u"employees"_s).channel, u"post"_s);
    QCOMPARE(channel->currentData().toString(), u"post"_s);
}

QTEST_MAIN(TestRecipientsPage)
#include "tst_recipientspage.moc"
