// Clicks through the real editor: fields, tables, undo/redo, restart on the same file, language switch.
#include "companyprofileservice.h"
#include "database.h"
#include "datasetmodel.h"
#include "dialogs.h"
#include "fieldbinder.h"
#include "historydialog.h"
#include "incidentdocument.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "integritybanner.h"
#include "localization.h"
#include "mainwindow.h"
#include "redactiondialog.h"
#include "timelinemodel.h"
#include "workspace.h"
#include "workspacetamper.h"
#include "workspaceverifier.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace bd;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithDemoIncidentAndItsPages();
    void typedTextIsSavedAndSurvivesRestart();
    void checkBoxAndComboAreSavedAtOnce();
    void undoRedoAcrossFieldsWithShortcuts();
    void dataSetRowsAddEditUndo();
    void eachKindHasItsCertainty();
    void encryptionAndUnreachableArePerDataSet();
    void timelineEventAddedSortedAndRemoved();
    void narrativeEditMarksOtherSide();
    void narrativeWrittenForOneReader();
    void clientNamesAndConfidentialText();
    void newDuplicateArchiveDelete();
    void companyProfile_editedOnceUndoableAndNewIncidentsStartFromIt();
    void historyShowsChangesReadOnly();
    void switchingLanguageTranslatesTheWindow();
    void damagedWorkspace_showsBannerAndRepairsNothing();
    void redactionOfArchivedIncident_blanksPeopleAndStillVerifies();

private:
    MainWindow* makeWindow();
    QWidget* page(MainWindow* w, const QString& name);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_demoId = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++n));
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_demoId = *id;
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

MainWindow* TestMainWindow::makeWindow()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_demoId);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

QWidget* TestMainWindow::page(MainWindow* w, const QString& name)
{
    w->showPage(name);
    QWidget* p = w->pages()->currentWidget();
    return p && p->objectName() == name ? p : nullptr;
}

void TestMainWindow::startsWithDemoIncidentAndItsPages()
{
    MainWindow* w = makeWindow();
    QCOMPARE(w->incidentList()->model()->rowCount(), 1);
    QVERIFY(w->windowTitle().contains(QStringLiteral("INC-2024-003")));
    QStringList pages;
    for (int i = 0; i < w->navigation()->count(); ++i)
        pages << w->navigation()->item(i)->text();
    QVERIFY(pages.contains(QStringLiteral("Overview")));
    QVERIFY(pages.contains(QStringLiteral("Facts & timeline")));
    QVERIFY(pages.contains(QStringLiteral("Data & people affected")));
    QVERIFY(pages.contains(QStringLiteral("Narrative (JA|EN)")));
    auto* name =
        page(w, QStringLiteral("overviewPage"))->findChild<QLineEdit*>(QStringLiteral("orgNameJaLineEdit"));
    QVERIFY(name);
    QCOMPARE(name->text(), m_window->document()->incident().org.nameJa);
    QVERIFY(!name->text().isEmpty());
    QVERIFY(w->integrityBanner()->isHidden()); // a genuine workspace: no banner
}

void TestMainWindow::typedTextIsSavedAndSurvivesRestart()
{
    MainWindow* w = makeWindow();
    auto* phone =
        page(w, QStringLiteral("overviewPage"))->findChild<QLineEdit*>(QStringLiteral("deskPhoneLineEdit"));
    QVERIFY(phone);
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("03-1234-5678"));
    // Saved after the typing pause, without leaving the field.
    QTRY_COMPARE_WITH_TIMEOUT(IncidentRepository(*m_db).load(m_demoId, nullptr)->org.desk.phone,
                              QStringLiteral("03-1234-5678"), 2000);

    // A new window on the same file (as after a restart) shows it.
    m_window.reset();
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY(m_db->open(m_path, &error));
    w = makeWindow();
    phone =
        page(w, QStringLiteral("overviewPage"))->findChild<QLineEdit*>(QStringLiteral("deskPhoneLineEdit"));
    QCOMPARE(phone->text(), QStringLiteral("03-1234-5678"));
}

void TestMainWindow::checkBoxAndComboAreSavedAtOnce()
{
    MainWindow* w = makeWindow();
    QWidget* facts = page(w, QStringLiteral("factsPage"));
    auto* gdpr = facts->findChild<QCheckBox*>(QStringLiteral("gdprCheckBox"));
    QVERIFY(gdpr && !gdpr->isChecked());
    QTest::mouseClick(gdpr, Qt::LeftButton, {}, QPoint(8, gdpr->height() / 2));
    QVERIFY(gdpr->isChecked());
    QVERIFY(IncidentRepository(*m_db).load(m_demoId, nullptr)->gdprApplies);

    auto* cause = facts->findChild<QComboBox*>(QStringLiteral("causeComboBox"));
    QVERIFY(cause);
    const int misdelivery = cause->findData(QStringLiteral("misdelivery"));
    cause->setCurrentIndex(misdelivery);
    emit cause->activated(misdelivery);
    QCOMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->cause, CauseKind::Misdelivery);
}

void TestMainWindow::undoRedoAcrossFieldsWithShortcuts()
{
    MainWindow* w = makeWindow();
    QWidget* overview = page(w, QStringLiteral("overviewPage"));
    auto* email = overview->findChild<QLineEdit*>(QStringLiteral("deskEmailLineEdit"));
    auto* phone = overview->findChild<QLineEdit*>(QStringLiteral("deskPhoneLineEdit"));
    const QString oldEmail = email->text();
    const QString oldPhone = phone->text();

    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("a@b.example"));
    phone->setFocus(); // leaving a field saves it at once
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("099"));
    FieldBinder::flushAll();

    // Ctrl+Z in a line edit goes to the application's undo, not the widget's own.
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(phone->text(), oldPhone);
    QCOMPARE(email->text(), QStringLiteral("a@b.example"));
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(email->text(), oldEmail);
    QCOMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->org.desk.email, oldEmail);

    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(email->text(), QStringLiteral("a@b.example"));
    QCOMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->org.desk.email,
             QStringLiteral("a@b.example"));
}

void TestMainWindow::dataSetRowsAddEditUndo()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("dataSetsPage"));
    auto* view = p->findChild<QTableView*>(QStringLiteral("dataSetsView"));
    const int before = view->model()->rowCount();
    QTest::mouseClick(p->findChild<QPushButton*>(QStringLiteral("addDataSetButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), before + 1);
    const QModelIndex people = view->model()->index(before, DataSetModel::People);
    QVERIFY(view->model()->setData(people, QStringLiteral("1,001"), Qt::EditRole));
    QCOMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->dataSets.constLast().people, 1001);
    QVERIFY(!view->model()->setData(people, QStringLiteral("many"), Qt::EditRole));

    w->action(QStringLiteral("undoAction"))->trigger(); // the count
    w->action(QStringLiteral("undoAction"))->trigger(); // the new row
    QCOMPARE(view->model()->rowCount(), before);
    QCOMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->dataSets.size(), before);

    Dialogs::setNextAnswer(QMessageBox::No);
    view->selectRow(0);
    QTest::mouseClick(p->findChild<QPushButton*>(QStringLiteral("deleteDataSetButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), before); // declined
}

// The demo: damage happened, a leak may have happened, no loss; each kind has its own combo box.
void TestMainWindow::eachKindHasItsCertainty()
{
    MainWindow* w = makeWindow();
    QWidget* facts = page(w, QStringLiteral("factsPage"));
    auto* leak = facts->findChild<QComboBox*>(QStringLiteral("leakCertaintyComboBox"));
    auto* loss = facts->findChild<QComboBox*>(QStringLiteral("lossCertaintyComboBox"));
    auto* damage = facts->findChild<QComboBox*>(QStringLiteral("damageCertaintyComboBox"));
    QVERIFY(leak && loss && damage);
    QCOMPARE(leak->currentData().toString(), QStringLiteral("possible"));
    QCOMPARE(loss->currentData().toString(), QStringLiteral("no"));
    QCOMPARE(damage->currentData().toString(), QStringLiteral("occurred"));
    const int occurred = leak->findData(QStringLiteral("occurred"));
    leak->setCurrentIndex(occurred);
    emit leak->activated(occurred);
    const Incident stored = *IncidentRepository(*m_db).load(m_demoId, nullptr);
    QCOMPARE(stored.event.leak, EventCertainty::Occurred);
    QCOMPARE(stored.event.damage, EventCertainty::Occurred); // untouched
    QCOMPARE(stored.event.loss, EventCertainty::No);
}

void TestMainWindow::encryptionAndUnreachableArePerDataSet()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("dataSetsPage"));
    auto* view = p->findChild<QTableView*>(QStringLiteral("dataSetsView"));
    QAbstractItemModel* model = view->model();
    // Demo data sets: 0, 1 consignor clients, 2 employees, 3 candidates, 4 business contacts.
    QCOMPARE(model->index(2, DataSetModel::Unreachable).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model->index(4, DataSetModel::Unreachable).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(
        model->index(4, DataSetModel::UnreachableReason).data().toString().contains(QStringLiteral("異動")));
    QVERIFY(model->index(2, DataSetModel::UnreachableReason).data().toString().isEmpty());

    QVERIFY(model->setData(model->index(3, DataSetModel::Encrypted), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(3, DataSetModel::UnreachableReason), QStringLiteral("古い住所"),
                           Qt::EditRole));
    const Incident stored = *IncidentRepository(*m_db).load(m_demoId, nullptr);
    QVERIFY(stored.dataSets.at(3).encrypted);
    QVERIFY(!stored.dataSets.at(2).encrypted);
    QCOMPARE(stored.dataSets.at(3).contactsUnreachableReason, QStringLiteral("古い住所"));
    w->action(QStringLiteral("undoAction"))->trigger();
    w->action(QStringLiteral("undoAction"))->trigger();
    QVERIFY(!IncidentRepository(*m_db).load(m_demoId, nullptr)->dataSets.at(3).encrypted);
}

void TestMainWindow::timelineEventAddedSortedAndRemoved()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("factsPage"));
    auto* view = p->findChild<QTableView*>(QStringLiteral("timelineView"));
    const int before = view->model()->rowCount();
    QTest::mouseClick(p->findChild<QPushButton*>(QStringLiteral("addEventButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), before + 1);
    // Moving the new event to 2024-01-01 sorts it first.
    const int row = before; // "now" sorts last
    QVERIFY(view->model()->setData(view->model()->index(row, TimelineModel::When),
                                   QDateTime(QDate(2024, 1, 1), QTime(10, 0)), Qt::EditRole));
    QVERIFY(view->model()->setData(view->model()->index(0, TimelineModel::TextJa), QStringLiteral("最初"),
                                   Qt::EditRole));
    const Incident stored = *IncidentRepository(*m_db).load(m_demoId, nullptr);
    QCOMPARE(stored.timeline.constFirst().textJa, QStringLiteral("最初"));
    view->selectRow(0);
    QTest::mouseClick(p->findChild<QPushButton*>(QStringLiteral("deleteEventButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), before);
}

void TestMainWindow::narrativeEditMarksOtherSide()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("narrativePage"));
    auto* ja = p->findChild<QPlainTextEdit*>(QStringLiteral("narrative_cause_ja"));
    auto* enStatus = p->findChild<QLabel*>(QStringLiteral("narrativeStatus_cause_en"));
    auto* enConfirm = p->findChild<QPushButton*>(QStringLiteral("narrativeConfirm_cause_en"));
    QVERIFY(ja && enStatus && enConfirm);
    QVERIFY(enStatus->text().isEmpty());
    ja->setFocus();
    ja->moveCursor(QTextCursor::End);
    QTest::keyClicks(ja, QStringLiteral(" (rev)"));
    QTRY_VERIFY_WITH_TIMEOUT(!enStatus->text().isEmpty(), 2000);
    QVERIFY(enConfirm->isVisibleTo(p));
    QTest::mouseClick(enConfirm, Qt::LeftButton);
    QVERIFY(enStatus->text().isEmpty());
    QVERIFY(!IncidentRepository(*m_db)
                 .load(m_demoId, nullptr)
                 ->narrative(NarrativeSection::Cause)
                 ->needsUpdate(Lang::En));
}

void TestMainWindow::narrativeWrittenForOneReader()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("narrativePage"));
    auto* reader = p->findChild<QComboBox*>(QStringLiteral("narrativeAudience"));
    auto* cause = p->findChild<QPlainTextEdit*>(QStringLiteral("narrative_cause_ja"));
    QVERIFY(reader && cause);
    const QString shared = cause->toPlainText();
    QVERIFY(!shared.isEmpty());
    // Every reader, and each consignor client of the demo's data sets.
    QVERIFY(reader->findData(QStringLiteral("regulator")) >= 0);
    QVERIFY(reader->findData(QStringLiteral("consignor:しおさい損害保険株式会社")) >= 0);

    reader->setCurrentIndex(reader->findData(QStringLiteral("public")));
    // Nothing written for the public yet: the editor is empty and says which text the notice uses instead.
    QVERIFY(cause->toPlainText().isEmpty());
    QVERIFY2(cause->placeholderText().contains(shared.left(20)), qPrintable(cause->placeholderText()));
    cause->setFocus();
    QTest::keyClicks(cause, QStringLiteral("Cause for the public"));
    FieldBinder::flushAll();
    const Incident stored = *IncidentRepository(*m_db).load(m_demoId, nullptr);
    QCOMPARE(stored.narrative(NarrativeSection::Cause, QStringLiteral("public"))->textJa,
             QStringLiteral("Cause for the public"));
    QCOMPARE(stored.narrative(NarrativeSection::Cause)->textJa, shared); // all readers' text unchanged

    if (const QByteArray dir = qgetenv("BD_SCREENSHOT_DIR"); !dir.isEmpty())
        w->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/narrative-reader.png"));

    reader->setCurrentIndex(reader->findData(QString()));
    QCOMPARE(cause->toPlainText(), shared);
    // One undo step takes the public's text away again.
    QVERIFY(w->document()->undo());
    QVERIFY(!IncidentRepository(*m_db)
                 .load(m_demoId, nullptr)
                 ->narrative(NarrativeSection::Cause, QStringLiteral("public"))
                 ->textJa.contains(QStringLiteral("for the public")));
}

void TestMainWindow::clientNamesAndConfidentialText()
{
    MainWindow* w = makeWindow();
    QWidget* p = page(w, QStringLiteral("narrativePage"));
    auto* button = p->findChild<QPushButton*>(QStringLiteral("narrativeReaders"));
    QVERIFY(button);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto* clients = dialog->findChild<QTableWidget*>(QStringLiteral("readersClients"));
        QCOMPARE(clients->rowCount(), 2);
        QCOMPARE(clients->item(0, 0)->text(), QStringLiteral("あおば損害保険株式会社"));
        clients->item(0, 2)->setText(QStringLiteral("あおば損保, Aoba、ＡＧＩ"));
        dialog->findChild<QPushButton*>(QStringLiteral("readersAdd"))->click();
        auto* confidential = dialog->findChild<QTableWidget*>(QStringLiteral("readersConfidential"));
        confidential->item(confidential->rowCount() - 1, 0)->setText(QStringLiteral("CASE-77"));
        if (const QByteArray dir = qgetenv("BD_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/readers-dialog.png"));
        dialog->accept();
    });
    button->click();
    QVERIFY(seen);
    const Incident stored = *IncidentRepository(*m_db).load(m_demoId, nullptr);
    QCOMPARE(stored.consignorNames(QStringLiteral("あおば損害保険株式会社")).aliases,
             (QStringList{QStringLiteral("あおば損保"), QStringLiteral("Aoba"), QStringLiteral("ＡＧＩ")}));
    QCOMPARE(stored.confidentialTexts.constLast().text, QStringLiteral("CASE-77"));
    QCOMPARE(stored.confidentialTexts.constLast().audience, QStringLiteral("regulator"));
    // Undo puts the names back as they were.
    QVERIFY(w->document()->undo());
    QVERIFY(w->document()->undo());
    QCOMPARE(IncidentRepository(*m_db)
                 .load(m_demoId, nullptr)
                 ->consignorNames(QStringLiteral("あおば損害保険株式会社"))
                 .aliases,
             (QStringList{QStringLiteral("あおば損保"), QStringLiteral("Aoba General Insurance")}));
}

void TestMainWindow::newDuplicateArchiveDelete()
{
    MainWindow* w = makeWindow();
    w->action(QStringLiteral("newIncidentAction"))->trigger();
    QCOMPARE(w->incidentList()->model()->rowCount(), 2);
    const QString newCode = w->document()->incident().code;
    QVERIFY(newCode.startsWith(QStringLiteral("INC-%1-").arg(QDate::currentDate().year())));

    w->openIncident(m_demoId);
    w->action(QStringLiteral("duplicateIncidentAction"))->trigger();
    QCOMPARE(w->incidentList()->model()->rowCount(), 3);
    QCOMPARE(w->document()->incident().dataSets.size(),
             IncidentRepository(*m_db).load(m_demoId, nullptr)->dataSets.size());

    Dialogs::setNextText(QStringLiteral("Renamed incident"));
    w->action(QStringLiteral("renameIncidentAction"))->trigger();
    QCOMPARE(w->document()->incident().titleEn, QStringLiteral("Renamed incident"));

    w->action(QStringLiteral("archiveIncidentAction"))->trigger(); // hidden from the list
    QCOMPARE(w->incidentList()->model()->rowCount(), 2);
    w->action(QStringLiteral("showArchivedAction"))->trigger();
    QCOMPARE(w->incidentList()->model()->rowCount(), 3);

    const qint64 id = w->document()->incidentId();
    Dialogs::setNextAnswer(QMessageBox::No);
    w->action(QStringLiteral("deleteIncidentAction"))->trigger();
    QVERIFY(IncidentRepository(*m_db).load(id, nullptr));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    w->action(QStringLiteral("deleteIncidentAction"))->trigger();
    StorageError error;
    QVERIFY(!IncidentRepository(*m_db).load(id, &error));
    QCOMPARE(w->incidentList()->model()->rowCount(), 2);
}

void TestMainWindow::companyProfile_editedOnceUndoableAndNewIncidentsStartFromIt()
{
    MainWindow* w = makeWindow();
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->resize(760, 480);
        dialog->findChild<QLineEdit*>(QStringLiteral("org_name_ja"))
            ->setText(QStringLiteral("株式会社東和損害調査"));
        dialog->findChild<QLineEdit*>(QStringLiteral("reporter_department_ja"))
            ->setText(QStringLiteral("総務部"));
        dialog->findChild<QLineEdit*>(QStringLiteral("reporter_phone"))
            ->setText(QStringLiteral("03-0000-2222"));
        dialog->findChild<QCheckBox*>(QStringLiteral("pmark_holder"))->setChecked(true);
        if (const QByteArray dir = qgetenv("BD_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/company-profile.png"));
        dialog->accept();
    });
    w->action(QStringLiteral("companyProfileAction"))->trigger();
    QVERIFY(seen);
    StorageError error;
    QCOMPARE(w->workspace().profile().profile(&error)->reporterDepartmentJa, QStringLiteral("総務部"));
    // One step of the window's history: Undo takes it back, Redo puts it again.
    w->action(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(w->workspace().profile().profile(&error)->reporterDepartmentJa, QString());
    w->action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(w->workspace().profile().profile(&error)->reporterDepartmentJa, QStringLiteral("総務部"));
    // A new incident starts from it, with every date unknown.
    w->action(QStringLiteral("newIncidentAction"))->trigger();
    QCOMPARE(w->document()->incident().org.nameJa, QStringLiteral("株式会社東和損害調査"));
    QVERIFY(w->document()->incident().pmarkHolder);
    QVERIFY(!w->document()->incident().knownAt.isValid());
}

void TestMainWindow::historyShowsChangesReadOnly()
{
    MainWindow* w = makeWindow();
    w->document()->setIncidentField(QStringLiteral("desk_hours_en"), QStringLiteral("24/7"));
    Workspace workspace(*m_db);
    HistoryDialog dialog(workspace, m_demoId, QStringLiteral("INC-2024-003"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QVERIFY(table->rowCount() >= 2); // imported + the edit
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("desk_hours_en"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("24/7"));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestMainWindow::switchingLanguageTranslatesTheWindow()
{
    MainWindow* w = makeWindow();
    w->action(QStringLiteral("japaneseAction"))->trigger();
    QCOMPARE(Localization::currentLanguage(), QStringLiteral("ja"));
    QTRY_COMPARE(w->navigation()->item(0)->text(), QStringLiteral("概要")); // LanguageChange is posted
    QCOMPARE(w->action(QStringLiteral("undoAction"))->text(), QStringLiteral("元に戻す(&U)"));
    QCOMPARE(Localization::savedLanguage(), QStringLiteral("ja")); // remembered
    // The pages were rebuilt in Japanese and still edit the same incident.
    auto* name =
        page(w, QStringLiteral("overviewPage"))->findChild<QLineEdit*>(QStringLiteral("orgNameJaLineEdit"));
    QCOMPARE(name->text(), w->document()->incident().org.nameJa);
    w->action(QStringLiteral("englishAction"))->trigger();
    QTRY_COMPARE(w->navigation()->item(0)->text(), QStringLiteral("Overview"));
}

// Someone changed an audit entry with an SQLite client (and put the trigger back): the window says so at
// once, across its top in red, naming the entry, and repairs nothing, also when the officer goes on working.
void TestMainWindow::damagedWorkspace_showsBannerAndRepairsNothing()
{
    qint64 entry = 0;
    {
        test::WorkspaceTamper raw(m_path);
        entry =
            raw.scalar(QStringLiteral("SELECT max(id) FROM audit_log WHERE incident_id = %1").arg(m_demoId))
                .toLongLong();
        QVERIFY(raw.behindTriggers(
            {QStringLiteral("audit_log_no_update")},
            {QStringLiteral("UPDATE audit_log SET who = 'someone else' WHERE id = %1").arg(entry)}));
    }
    MainWindow* w = makeWindow();
    IntegrityBanner* banner = w->integrityBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(
                 QStringLiteral("Audit entry %1 (incident INC-2024-003) has been changed").arg(entry)),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("BreachDesk has repaired nothing")));
    QVERIFY(banner->styleSheet().contains(QStringLiteral("#b00020"))); // red
    // On top: above the incident list and the pages, across the window.
    QVERIFY(banner->mapTo(w, QPoint(0, 0)).y() < w->incidentList()->mapTo(w, QPoint(0, 0)).y());
    QVERIFY(banner->width() >= w->centralWidget()->width() - 2);

    // Working on does not mend the entry: the new entry links to the recorded head, the old one stays wrong.
    w->document()->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Still working"));
    FieldBinder::flushAll();
    QTRY_COMPARE(IncidentRepository(*m_db).load(m_demoId, nullptr)->titleEn, QStringLiteral("Still working"));
    const WorkspaceIntegrity after = WorkspaceVerifier::verify(*m_db);
    QVERIFY(!after.ok());
    QCOMPARE(after.problems.first().kind, IntegrityProblem::EntryAltered);
    QCOMPARE(after.problems.first().entryId, entry);
    test::WorkspaceTamper raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT who FROM audit_log WHERE id = %1").arg(entry)).toString(),
             QStringLiteral("someone else"));

    // The banner follows the language (the sentence is made again, not kept). Installed directly, not through
    // the menu, so that the saved language other suites read is left alone.
    Localization::install(QStringLiteral("ja"));
    QTRY_COMPARE(w->navigation()->item(0)->text(), QStringLiteral("概要"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QString::number(entry)));
    Localization::install(QStringLiteral("en"));
    QTRY_COMPARE(w->navigation()->item(0)->text(), QStringLiteral("Overview"));
}

void TestMainWindow::redactionOfArchivedIncident_blanksPeopleAndStillVerifies()
{
    // A workspace of its own whose demo incident has the shipped fictional recipient lists.
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_path + QStringLiteral(".lists.breachdesk"), &error), qPrintable(error.text()));
    const auto listed =
        IncidentTransfer(*m_db).ensureDemoIncident(&error, IncidentTransfer::DemoLists::WithRecipients);
    QVERIFY2(listed, qPrintable(error.text()));
    m_demoId = *listed;
    const auto people = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral(
            "SELECT count(*), sum(name <> '' OR address <> '' OR email <> '') FROM recipient"));
        q.next();
        return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
    };
    const auto [recipients, identifiable] = people();
    QVERIFY(recipients > 0);
    QCOMPARE(identifiable, recipients);

    MainWindow* w = makeWindow();
    QAction* redact = w->action(QStringLiteral("redactPersonalDataAction"));
    QVERIFY(redact);
    QVERIFY(!redact->isEnabled()); // an open incident
    w->action(QStringLiteral("archiveIncidentAction"))->trigger();
    QVERIFY(redact->isEnabled());

    RedactionDialog dialog(w->workspace(), m_demoId, w);
    QVERIFY(!dialog.isComplete());
    dialog.setRetentionEnded(QDate::currentDate().addDays(-1));
    dialog.setReason(QStringLiteral("Retention period of the records policy ended"));
    dialog.setConfirmation(QStringLiteral("INC-2024-00"));
    QVERIFY(!dialog.isComplete()); // the code typed must be the incident's
    dialog.setConfirmation(QStringLiteral("INC-2024-003"));
    QVERIFY(dialog.isComplete());
    QVERIFY(dialog.redact());

    const auto [after, stillIdentifiable] = people();
    QCOMPARE(after, recipients);
    QCOMPARE(stillIdentifiable, 0);
    const WorkspaceIntegrity integrity = WorkspaceVerifier::verify(*m_db);
    QVERIFY2(integrity.ok(), qPrintable(integrity.details()));
    // A second time is refused before the dialog opens.
    Dialogs::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!RedactionDialog::run(w, w->workspace(), m_demoId));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
