// The Recipients page over a temporary workspace with the demo incident: the paged table model at 100,000
// rows (QAbstractItemModelTester, search, sort, edit), groups and their settings, exclude/include/delete, the
// import dialog with a CP932 file, the remembered mapping, cancel, and export.
#include "database.h"
#include "dialogs.h"
#include "importdialog.h"
#include "incidentdocument.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "recipientrepository.h"
#include "recipientspage.h"
#include "recipienttablemodel.h"
#include "sourcefile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
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
    void importDialog_cp932File_importsEveryFieldAndRemembersMapping();
    void importDialog_problemsAndDuplicates_listedBeforeSaving();
    void importDialog_cancel_leavesNothing();
    void importDialog_encodingAndSheetCanBeChanged();
    void importDialog_largeFile_plansOffTheGuiThread();
    void export_csvAndXlsx_roundTripWithFormulasNeutralised();

private:
    RecipientsPage* openPage(const QString& groupKey);
    RecipientGroup group(const QString& key) const;
    int countIn(const QString& key) const;
    ImportDialog* importAndWait(RecipientsPage* page, const QString& path);
    QString writeFile(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
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
    m_db.reset();
}

RecipientsPage* TestRecipientsPage::openPage(const QString& groupKey)
{
    m_window = std::make_unique<MainWindow>(*m_db);
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
        rows.append(r);
    }
    StorageError error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(RecipientRepository(*m_db).insertMany(groupId, rows, u"big.csv"_s, &error),
             qPrintable(error.text()));
    qInfo("insertMany: 100000 rows in %lld ms", timer.elapsed());

    RecipientTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timer.restart();
    model.setGroup(groupId);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.columnCount(), int(RecipientTableModel::ColumnCount));
    QCOMPARE(model.index(99999, RecipientTableModel::Name).data().toString(), u"髙橋 太郎 100000"_s);
    QCOMPARE(model.index(99999, RecipientTableModel::Source).data().toString(), u"big.csv, row 100001"_s);
    QVERIFY(!(model.flags(model.index(0, RecipientTableModel::Source)) & Qt::ItemIsEditable));
    qInfo("model reset, tester and last row: %lld ms", timer.elapsed());

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
    QVERIFY(!model.setData(model.index(0, RecipientTableModel::Source), u"x"_s, Qt::EditRole));
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
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
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
    QCOMPARE(saved[2].sourceRow, 5); // the quoted line break in row 3 makes row 4 part of it

    auto* table = page->findChild<QTableView*>(u"recipientTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, RecipientTableModel::Source).data().toString(),
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
    QCOMPARE(plan.counts.accepted, 1);
    QCOMPARE(plan.counts.rejected, 3);
    QCOMPARE(plan.counts.duplicates, 1);
    auto* problems = dialog->findChild<QTableWidget*>(u"problemsTable"_s);
    QStringList lines;
    for (int r = 0; r < problems->rowCount(); ++r)
        lines.append(problems->item(r, 0)->text() + u'|' + problems->item(r, 1)->text() + u'|' +
                     problems->item(r, 2)->text());
    const QString all = lines.join(u'\n');
    QVERIFY2(lines.size() == 4, qPrintable(all));
    QVERIFY2(all.contains(u"3|氏名|The name is missing."_s), qPrintable(all));
    QVERIFY2(all.contains(u"4|メールアドレス|The e-mail address is not valid."_s), qPrintable(all));
    QVERIFY2(all.contains(u"6|column 4|"_s), qPrintable(all));
    QVERIFY2(all.contains(u"5||Duplicate: same e-mail as row 2"_s), qPrintable(all));
    auto* summary = dialog->findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY2(summary->text().contains(u"5 rows: 1 accepted, 3 with problems, 1 duplicates."_s),
             qPrintable(summary->text()));

    // Rows with problems can come along, excluded, to be fixed in the table.
    auto* addRejected = dialog->findChild<QCheckBox*>(u"addRejectedCheckBox"_s);
    QVERIFY(addRejected->isVisibleTo(dialog));
    addRejected->setChecked(true);
    auto* importButton = dialog->findChild<QPushButton*>(u"importButton"_s);
    QVERIFY2(importButton->text().startsWith(u"Import 4 row"_s), qPrintable(importButton->text()));
    QTest::mouseClick(importButton, Qt::LeftButton);
    StorageError error;
    const qint64 groupId = group(u"employees"_s).id;
    QCOMPARE(RecipientRepository(*m_db).count(groupId, QString(), true, &error), 4);
    QCOMPARE(RecipientRepository(*m_db).count(groupId, QString(), false, &error), 1);
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

void TestRecipientsPage::importDialog_largeFile_plansOffTheGuiThread()
{
    constexpr int Rows = 30000;
    QStringEncoder cp932("windows-31j");
    QByteArray bytes = cp932.encode(u"氏名,メールアドレス,住所\r\n"_s);
    for (int i = 1; i <= Rows; ++i)
        bytes += cp932.encode(u"髙橋 太郎%1,taro%1@example.jp,東京都千代田区１－%1\r\n"_s.arg(i));
    const QString path = writeFile(u"large.csv"_s, bytes);
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
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
    qInfo("imported after %lld ms", timer.elapsed());
    QCOMPARE(countIn(u"employees"_s), Rows);
    QCOMPARE(page->model()->rowCount(), Rows);
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

    for (RecipientFileFormat format :
         {RecipientFileFormat::CsvUtf8, RecipientFileFormat::CsvCp932, RecipientFileFormat::Xlsx}) {
        const QString path =
            m_dir.filePath(format == RecipientFileFormat::Xlsx ? u"out.xlsx"_s : u"out.csv"_s);
        QVERIFY(page->exportFile(path, format));
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

QTEST_MAIN(TestRecipientsPage)
#include "tst_recipientspage.moc"
