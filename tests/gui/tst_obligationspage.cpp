// The obligations page, its decision and override dialogs, the deadline board and the 48-hour warning, on a
// temporary workspace with the demo incident and a fixed clock (domain.md §5: 知った日 2024-08-29 09:30 JST).
#include "auditrepository.h"
#include "database.h"
#include "deadlineboard.h"
#include "deadlinewatch.h"
#include "decisiondialog.h"
#include "dialogs.h"
#include "filingservice.h"
#include "filingtablemodel.h"
#include "incidentdocument.h"
#include "incidentrepository.h"
#include "incidenttransfer.h"
#include "localization.h"
#include "mainwindow.h"
#include "obligationrepository.h"
#include "obligationrulemodel.h"
#include "obligationspage.h"
#include "overridedialog.h"
#include "ruleoverridedialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>
#include <QtTest>

using namespace bd;

namespace {
QDateTime jst(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600));
}

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

bool hasAudit(Database& db, qint64 incidentId, const QString& entity, const QString& field,
              const QString& afterContains)
{
    StorageError error;
    for (const AuditEntry& e : AuditRepository(db).forIncident(incidentId, &error))
        if (e.entity == entity && e.field == field && e.after.contains(afterContains))
            return true;
    return false;
}

// Calls `drive` with the modal dialog (or popup menu) of type T once it shows: its exec() blocks the test.
template<typename T, typename F>
void whenShown(F drive, int tries = 500)
{
    QTimer::singleShot(10, [drive, tries] {
        QWidget* shown = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                           : QApplication::activeModalWidget();
        if (auto* widget = qobject_cast<T*>(shown))
            drive(widget);
        else if (tries > 0)
            whenShown<T>(drive, tries - 1);
    });
}
} // namespace

class TestObligationsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pageListedAfterNarrative();
    void showsDemoRulesReasonsAndDeadlines();
    void gdprDeadlineToTheMinute();
    void reevaluatesWhenIncidentChanges();
    void decisionRecordedAndAudited();
    void decisionDialogNeedsChoiceAndReason();
    void overrideMarkedAuditedAndWithdrawn();
    void overrideDialogValues();
    void ruleOverrideMarkedAuditedAndWithdrawn();
    void pageFitsBesideTheLists();
    void boardSortsAndColoursRows();
    void boardDoubleClickOpensIncidentObligations();
    void titleWarnsWhenDueWithin48Hours();

private:
    MainWindow* makeWindow();
    ObligationsPage* showObligations();
    DeadlineWatch* watch() const;
    int ruleRow(const QString& id) const;
    int filingRow(const QString& key) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    SettableClock m_clock;
    qint64 m_demoId = 0;
    ObligationsPage* m_page = nullptr;
};

void TestObligationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Localization::setIdentity();
    Localization::install(QStringLiteral("en"));
}

void TestObligationsPage::init()
{
    static int n = 0;
    m_db = std::make_unique<Database>();
    StorageError error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("ws%1.breachdesk").arg(++n)), &error),
             qPrintable(error.text()));
    const auto id = IncidentTransfer(*m_db).ensureDemoIncident(&error);
    QVERIFY2(id, qPrintable(error.text()));
    m_demoId = *id;
    QSettings().clear();
    m_clock.set(jst(2024, 8, 30, 12, 0));
}

void TestObligationsPage::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_workspace.reset();
    m_db.reset();
}

MainWindow* TestObligationsPage::makeWindow()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_workspace->setClock(&m_clock);
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->openIncident(m_demoId);
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    return m_window.get();
}

ObligationsPage* TestObligationsPage::showObligations()
{
    if (!m_window)
        makeWindow();
    m_window->showPage(QStringLiteral("obligationsPage"));
    m_page = qobject_cast<ObligationsPage*>(m_window->pages()->currentWidget());
    return m_page;
}

DeadlineWatch* TestObligationsPage::watch() const
{
    return m_window->findChild<DeadlineWatch*>(QStringLiteral("deadlineWatch"));
}

int TestObligationsPage::ruleRow(const QString& id) const
{
    return m_page->ruleModel()->rowOf(id);
}

int TestObligationsPage::filingRow(const QString& key) const
{
    return m_page->filingModel()->rowOf(key);
}

void TestObligationsPage::pageListedAfterNarrative()
{
    MainWindow* w = makeWindow();
    QStringList titles;
    for (int i = 0; i < w->navigation()->count(); ++i)
        titles << w->navigation()->item(i)->text();
    const int narrative = int(titles.indexOf(QStringLiteral("Narrative (JA|EN)")));
    QVERIFY(narrative >= 0);
    QVERIFY(titles.indexOf(QStringLiteral("Obligations & deadlines")) > narrative);
    QVERIFY(showObligations());
    QCOMPARE(m_page->objectName(), QStringLiteral("obligationsPage"));
}

void TestObligationsPage::showsDemoRulesReasonsAndDeadlines()
{
    QVERIFY(showObligations());
    const ObligationRuleModel* rules = m_page->ruleModel();
    QCOMPARE(rules->rowCount(), int(allRuleIds().size()));

    // Trigger 1 fires because of the health check-up results of the employees' data set.
    const int t1 = ruleRow(QStringLiteral("JP-T1"));
    QCOMPARE(cell(rules, t1, 0, ObligationRuleModel::StateKeyRole), QStringLiteral("fires"));
    QVERIFY(cell(rules, t1, ObligationRuleModel::RuleColumn).contains(QStringLiteral("規則7条1号")));
    const QString t1Why = cell(rules, t1, ObligationRuleModel::WhyColumn);
    QVERIFY2(t1Why.contains(QStringLiteral("Health check-up")) &&
                 t1Why.contains(QStringLiteral("data set 3")),
             qPrintable(t1Why));
    QVERIFY(t1Why.contains(QStringLiteral("Requires:")));
    // Trigger 3: the cause; trigger 4: the count.
    QVERIFY(cell(rules, ruleRow(QStringLiteral("JP-T3")), ObligationRuleModel::WhyColumn)
                .contains(QStringLiteral("ransomware")));
    QVERIFY(cell(rules, ruleRow(QStringLiteral("JP-T4")), ObligationRuleModel::WhyColumn)
                .contains(QStringLiteral("6,551")));
    // Trigger 2 needs judgement and offers a decision; rules settled by the facts do not.
    const int t2 = ruleRow(QStringLiteral("JP-T2"));
    QCOMPARE(cell(rules, t2, 0, ObligationRuleModel::StateKeyRole), QStringLiteral("needs_judgement"));
    QCOMPARE(cell(rules, t2, ObligationRuleModel::StateColumn), QStringLiteral("needs judgement"));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("decideButton_JP-T2")));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("decideButton_JP-T1")));
    QCOMPARE(cell(rules, ruleRow(QStringLiteral("PM-1")), 0, ObligationRuleModel::StateKeyRole),
             QStringLiteral("does_not_fire"));

    // Filings: 速報 window, 確報 date with the trigger that decided it, time left and state.
    const FilingTableModel* filings = m_page->filingModel();
    const int prelim = filingRow(QStringLiteral("ppc_preliminary"));
    QVERIFY(prelim >= 0);
    QCOMPARE(cell(filings, prelim, FilingTableModel::DueColumn),
             QStringLiteral("2024-08-31 (Sat) – 2024-09-02 (Mon)"));
    QVERIFY(cell(filings, prelim, FilingTableModel::AudienceColumn).contains(QStringLiteral("PPC")));
    const int final = filingRow(QStringLiteral("ppc_final"));
    QCOMPARE(cell(filings, final, FilingTableModel::DueColumn), QStringLiteral("2024-10-28 (Mon)"));
    QVERIFY(cell(filings, final, FilingTableModel::WhyDateColumn)
                .startsWith(QStringLiteral("60 days because trigger 3 applies: ransomware")));
    QVERIFY(!cell(filings, final, 0, FilingTableModel::LegalBasisRole).isEmpty());
    // The demo records the 確報 as submitted on 2024-10-18: filed, with no time left to count.
    QCOMPARE(cell(filings, final, FilingTableModel::RemainingColumn), QStringLiteral("—"));
    QCOMPARE(cell(filings, final, 0, FilingTableModel::StateKeyRole), QStringLiteral("filed"));
    // The consignor notices were sent on 2024-08-30: filed, greyed.
    const int consignor = filingRow(QStringLiteral("consignor_notice:あおば損害保険株式会社"));
    QVERIFY(consignor >= 0);
    QCOMPARE(cell(filings, consignor, 0, FilingTableModel::StateKeyRole), QStringLiteral("filed"));
    QCOMPARE(cell(filings, consignor, FilingTableModel::RemainingColumn), QStringLiteral("—"));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("overrideButton_ppc_final")));
    auto* header = m_page->findChild<QLabel*>(QStringLiteral("obligationsHeader"));
    QVERIFY(header->text().contains(QStringLiteral("Report to the PPC")));
}

void TestObligationsPage::gdprDeadlineToTheMinute()
{
    QVERIFY(showObligations());
    QVERIFY(m_window->document()->setIncidentField(QStringLiteral("gdpr_applies"), true));
    QVERIFY(m_window->document()->setIncidentField(QStringLiteral("gdpr_risk"), QStringLiteral("high_risk")));
    const int row = filingRow(QStringLiteral("gdpr_art33"));
    QVERIFY(row >= 0);
    QCOMPARE(cell(m_page->filingModel(), row, FilingTableModel::DueColumn),
             QStringLiteral("2024-09-01 (Sun) 09:30 +09:00"));
    // 2024-08-30 12:00 → 2024-09-01 09:30 is 45.5 hours: shown in hours, and due soon.
    QCOMPARE(cell(m_page->filingModel(), row, FilingTableModel::RemainingColumn), QStringLiteral("45 h"));
    QCOMPARE(cell(m_page->filingModel(), row, 0, FilingTableModel::StateKeyRole), QStringLiteral("due_soon"));
}

void TestObligationsPage::reevaluatesWhenIncidentChanges()
{
    QVERIFY(showObligations());
    // The alternative anchor of domain.md §5: 知った日 2024-09-02 → 確報 2024-10-31.
    QVERIFY(m_window->document()->setIncidentField(QStringLiteral("known_at"), jst(2024, 9, 2, 16, 40)));
    QCOMPARE(cell(m_page->filingModel(), filingRow(QStringLiteral("ppc_final")), FilingTableModel::DueColumn),
             QStringLiteral("2024-10-31 (Thu)"));
    // Undo goes back to the recorded anchor.
    m_window->document()->undoStack()->undo();
    QCOMPARE(cell(m_page->filingModel(), filingRow(QStringLiteral("ppc_final")), FilingTableModel::DueColumn),
             QStringLiteral("2024-10-28 (Mon)"));
}

void TestObligationsPage::decisionRecordedAndAudited()
{
    QVERIFY(showObligations());
    auto* decide = m_page->findChild<QPushButton*>(QStringLiteral("decideButton_JP-T2"));
    QVERIFY(decide);
    // Cancelling records nothing.
    DecisionDialog::setNextAnswer(std::nullopt);
    QTest::mouseClick(decide, Qt::LeftButton);
    StorageError error;
    QVERIFY(ObligationRepository(*m_db).decisions(m_demoId, &error).isEmpty());

    Decision answer;
    answer.value = false;
    answer.reason = QStringLiteral("Account numbers only; no banking logins or card numbers (FAQ Q14-8).");
    DecisionDialog::setNextAnswer(answer);
    QTest::mouseClick(decide, Qt::LeftButton);

    const QList<Decision> stored = ObligationRepository(*m_db).decisions(m_demoId, &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().ruleId, QStringLiteral("JP-T2"));
    QCOMPARE(stored.first().value, false);
    QVERIFY(!stored.first().who.isEmpty());
    QVERIFY(hasAudit(*m_db, m_demoId, QStringLiteral("decision"), QStringLiteral("JP-T2"),
                     QStringLiteral("FAQ Q14-8")));

    // The page re-evaluated: settled by the decision, with the reason shown, and the button now revises it.
    const int t2 = ruleRow(QStringLiteral("JP-T2"));
    QCOMPARE(cell(m_page->ruleModel(), t2, 0, ObligationRuleModel::StateKeyRole),
             QStringLiteral("does_not_fire"));
    QCOMPARE(cell(m_page->ruleModel(), t2, ObligationRuleModel::StateColumn),
             QStringLiteral("does not apply (decided)"));
    QVERIFY(
        cell(m_page->ruleModel(), t2, ObligationRuleModel::WhyColumn).contains(QStringLiteral("FAQ Q14-8")));
    auto* change = m_page->findChild<QPushButton*>(QStringLiteral("decideButton_JP-T2"));
    QTRY_VERIFY(change && change->text() == QStringLiteral("Change decision…"));
    // The PPC filings are no longer provisional.
    QVERIFY(
        !cell(m_page->filingModel(), filingRow(QStringLiteral("ppc_final")), FilingTableModel::StateColumn)
             .contains(QStringLiteral("provisional")));
}

void TestObligationsPage::decisionDialogNeedsChoiceAndReason()
{
    RuleResult rule;
    rule.id = QStringLiteral("EU-3");
    rule.state = RuleState::CannotDecide;
    Reason reason;
    reason.code = QStringLiteral("establishment_unknown");
    reason.text = QStringLiteral("Record whether the organisation has an EU establishment.");
    rule.reasons.append(reason);
    DecisionDialog dialog(rule);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QRadioButton*>(QStringLiteral("appliesRadio"))->setChecked(true);
    QVERIFY(!ok->isEnabled()); // a reason is mandatory
    auto* edit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Only an Art. 27 representative in Ireland."));
    QVERIFY(ok->isEnabled());
    const Decision d = dialog.decision();
    QCOMPARE(d.ruleId, QStringLiteral("EU-3"));
    QVERIFY(d.value);
    QCOMPARE(d.reason, QStringLiteral("Only an Art. 27 representative in Ireland."));
}

void TestObligationsPage::overrideMarkedAuditedAndWithdrawn()
{
    QVERIFY(showObligations());
    const QString key = QStringLiteral("ppc_final");
    Override answer;
    answer.value = QDate(2024, 10, 25);
    answer.reason = QStringLiteral("Agreed with the PPC desk to file before the board meeting.");
    OverrideDialog::setNextAnswer(answer);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("overrideButton_") + key),
                      Qt::LeftButton);

    StorageError error;
    const QList<Override> stored = ObligationRepository(*m_db).overrides(m_demoId, &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().key, key);
    QVERIFY(hasAudit(*m_db, m_demoId, QStringLiteral("override"), key, QStringLiteral("2024-10-25")));

    const FilingTableModel* filings = m_page->filingModel();
    int row = filingRow(key);
    QCOMPARE(cell(filings, row, FilingTableModel::DueColumn), QStringLiteral("2024-10-25 (Fri)"));
    QVERIFY(filings->index(row, 0).data(FilingTableModel::OverriddenRole).toBool());
    QVERIFY(
        !filings->index(row, FilingTableModel::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(filings, row, FilingTableModel::DueColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("board meeting")));
    // Rows that were not overridden carry no mark.
    QVERIFY(filings->index(filingRow(QStringLiteral("ppc_preliminary")), FilingTableModel::DueColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>()
                .isNull());

    // Withdraw needs a reason; then the computed date applies again.
    auto* withdraw = m_page->findChild<QPushButton*>(QStringLiteral("withdrawButton_") + key);
    QVERIFY(withdraw);
    Dialogs::setNextText(QStringLiteral(""), true);
    Dialogs::setNextAnswer(QMessageBox::Ok); // answers the "a reason is needed" warning
    QTest::mouseClick(withdraw, Qt::LeftButton);
    QVERIFY(filings->index(filingRow(key), 0).data(FilingTableModel::OverriddenRole).toBool());
    withdraw = m_page->findChild<QPushButton*>(QStringLiteral("withdrawButton_") + key);
    Dialogs::setNextText(QStringLiteral("Entered against the wrong filing."), true);
    QTest::mouseClick(withdraw, Qt::LeftButton);
    row = filingRow(key);
    QVERIFY(!filings->index(row, 0).data(FilingTableModel::OverriddenRole).toBool());
    QCOMPARE(cell(filings, row, FilingTableModel::DueColumn), QStringLiteral("2024-10-28 (Mon)"));
    QVERIFY(ObligationRepository(*m_db).overrides(m_demoId, &error).isEmpty());
    QVERIFY(hasAudit(*m_db, m_demoId, QStringLiteral("override"), key, QStringLiteral("withdrawn")));
    QTRY_VERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("withdrawButton_") + key));
}

void TestObligationsPage::overrideDialogValues()
{
    RequiredFiling filing;
    filing.key = QStringLiteral("ppc_final");
    filing.audience = QStringLiteral("PPC");
    filing.dueKind = DueKind::Date;
    filing.from = filing.to = QDate(2024, 10, 28);
    OverrideDialog dialog(filing, QDate(2024, 9, 1));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("dueAtRadio"))->isVisibleTo(&dialog));
    dialog.findChild<QDateEdit*>(QStringLiteral("dueDateEdit"))->setDate(QDate(2024, 10, 21)); // chooses it
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("dueOnRadio"))->isChecked());
    QVERIFY(!ok->isEnabled());
    dialog.setReason(QStringLiteral("Internal target."));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.result().value.toDate(), QDate(2024, 10, 21));
    dialog.choose(OverrideDialog::Choice::NotRequired);
    QCOMPARE(dialog.result().value.typeId(), int(QMetaType::Bool));
    QCOMPARE(dialog.result().value.toBool(), false);
    QCOMPARE(dialog.result().key, QStringLiteral("ppc_final"));
}

void TestObligationsPage::ruleOverrideMarkedAuditedAndWithdrawn()
{
    QVERIFY(showObligations());
    using M = ObligationRuleModel;
    const M* rules = m_page->ruleModel();
    const QString id = QStringLiteral("JP-R");
    auto* overrideButton = m_page->findChild<QPushButton*>(QStringLiteral("overrideRuleButton"));
    auto* withdrawButton = m_page->findChild<QPushButton*>(QStringLiteral("withdrawRuleOverrideButton"));
    QVERIFY(overrideButton && withdrawButton && !overrideButton->isEnabled()); // no rule selected
    QCOMPARE(cell(rules, ruleRow(id), 0, M::StateKeyRole), QStringLiteral("fires"));
    QVERIFY(filingRow(QStringLiteral("ppc_final")) >= 0);
    QTest::mouseClick(m_page->ruleView()->viewport(), Qt::LeftButton, {},
                      m_page->ruleView()->visualRect(rules->index(ruleRow(id), M::RuleColumn)).center());
    QCOMPARE(m_page->selectedRuleId(), id);
    QVERIFY(overrideButton->isEnabled() && !withdrawButton->isEnabled());

    // The real dialog offers "does not apply" for a rule that fires; OK waits for a reason.
    const QString reason = QStringLiteral("The PPC desk confirmed that no report is needed.");
    bool offeredNotApplies = false, okWaitedForReason = false;
    whenShown<RuleOverrideDialog>([&](RuleOverrideDialog* dialog) {
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        offeredNotApplies =
            dialog->findChild<QRadioButton*>(QStringLiteral("doesNotApplyRadio"))->isChecked();
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        QTest::keyClicks(edit, QStringLiteral("  "));
        okWaitedForReason = !ok->isEnabled();
        QTest::keyClicks(edit, reason);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(overrideButton, Qt::LeftButton);
    QVERIFY(offeredNotApplies);
    QVERIFY(okWaitedForReason);
    StorageError error;
    const QList<Override> stored = ObligationRepository(*m_db).overrides(m_demoId, &error);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().key, id);
    QCOMPARE(stored.first().value, QVariant(false));
    QVERIFY(hasAudit(*m_db, m_demoId, QStringLiteral("override"), id, QStringLiteral("false — ") + reason));

    // Marked: result, icon, tint, and a tooltip with who, when, why and the computed outcome.
    const int row = ruleRow(id);
    QCOMPARE(cell(rules, row, 0, M::StateKeyRole), QStringLiteral("does_not_fire"));
    QVERIFY(rules->index(row, 0).data(M::OverriddenRole).toBool());
    QCOMPARE(cell(rules, row, 0, M::ComputedStateKeyRole), QStringLiteral("fires"));
    QCOMPARE(cell(rules, row, M::StateColumn), QStringLiteral("does not apply (overridden)"));
    const QString tip = cell(rules, row, M::StateColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(stored.first().who) &&
                 tip.contains(stored.first().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) &&
                 tip.contains(reason) && tip.contains(QStringLiteral("Computed: applies")),
             qPrintable(tip));
    QVERIFY(!rules->index(row, M::RuleColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(rules->index(row, M::WhyColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!rules->index(ruleRow(QStringLiteral("JP-T1")), M::WhyColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(m_page->selectedRuleId(), id); // kept across the re-evaluation
    const QString detail = m_page->ruleDetail()->text();
    QVERIFY2(detail.contains(QStringLiteral("Computed from the facts: <b>applies</b>")) &&
                 detail.contains(QStringLiteral("Overridden to: <b>does not apply</b>")) &&
                 detail.contains(reason),
             qPrintable(detail));
    // No report to the PPC any more: its filings are gone.
    QCOMPARE(filingRow(QStringLiteral("ppc_preliminary")), -1);
    QCOMPARE(filingRow(QStringLiteral("ppc_final")), -1);
    QVERIFY(withdrawButton->isEnabled());

    // Withdrawing needs a reason; then, from the context menu, the computed outcome returns.
    Dialogs::setNextText(QString(), true);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    withdrawButton->click();
    QVERIFY(rules->index(ruleRow(id), 0).data(M::OverriddenRole).toBool());
    m_page->selectRule(QStringLiteral("JP-T1"));
    const QString withdrawal = QStringLiteral("Entered for the wrong incident.");
    Dialogs::setNextText(withdrawal, true);
    whenShown<QMenu>([](QMenu* menu) {
        for (QAction* action : menu->actions())
            if (action->objectName() == QLatin1String("withdrawRuleOverrideAction") && action->isEnabled())
                menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QWidget* viewport = m_page->ruleView()->viewport();
    const QPoint at = m_page->ruleView()->visualRect(rules->index(ruleRow(id), M::StateColumn)).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &menuEvent);
    QVERIFY(ObligationRepository(*m_db).overrides(m_demoId, &error).isEmpty());
    QVERIFY(hasAudit(*m_db, m_demoId, QStringLiteral("override"), id,
                     QStringLiteral("withdrawn — ") + withdrawal));
    QVERIFY(!rules->index(ruleRow(id), 0).data(M::OverriddenRole).toBool());
    QCOMPARE(cell(rules, ruleRow(id), 0, M::StateKeyRole), QStringLiteral("fires"));
    QVERIFY(filingRow(QStringLiteral("ppc_final")) >= 0);
    QCOMPARE(m_page->selectedRuleId(), id);
    QVERIFY(!withdrawButton->isEnabled());
    QVERIFY(!m_page->ruleDetail()->text().contains(QStringLiteral("Overridden to")));
}

void TestObligationsPage::pageFitsBesideTheLists()
{
    QVERIFY(showObligations());
    QTest::qWait(100);
    // Nothing on the page forces the window wider than a laptop screen, and nothing is cut off: the page
    // scrolls as a whole, a narrow table scrolls sideways.
    QVERIFY2(m_page->minimumSizeHint().width() < 700,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
    auto* scroll = m_page->findChild<QScrollArea*>(QStringLiteral("obligationsScroll"));
    QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
    for (QTableView* view : {m_page->ruleView(), m_page->filingView()}) {
        QTRY_VERIFY(view->horizontalHeader()->length() <= view->viewport()->width() + 1 ||
                    view->horizontalScrollBar()->isVisible());
        // Every row is shown in full: the table is as tall as its rows.
        int height = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            height += view->rowHeight(row);
        QTRY_VERIFY2(view->viewport()->height() >= height - 1,
                     qPrintable(QStringLiteral("%1 < %2").arg(view->viewport()->height()).arg(height)));
    }
}

void TestObligationsPage::boardSortsAndColoursRows()
{
    // A second open incident, known a week later, and an archived one that the board leaves out.
    StorageError error;
    IncidentRepository incidents(*m_db);
    const auto second = incidents.duplicate(m_demoId, QStringLiteral("INC-2024-101"), &error);
    QVERIFY2(second, qPrintable(error.text()));
    QVERIFY(incidents.setIncidentField(*second, QStringLiteral("known_at"), jst(2024, 9, 5, 10, 0), &error));
    const auto archived = incidents.duplicate(m_demoId, QStringLiteral("INC-2024-102"), &error);
    QVERIFY(archived);
    QVERIFY(
        incidents.setIncidentField(*archived, QStringLiteral("status"), QStringLiteral("archived"), &error));
    // The demo's 速報 was filed.
    FilingRecord filed;
    filed.key = QStringLiteral("ppc_preliminary");
    filed.state = QStringLiteral("submitted");
    filed.submittedOn = QDate(2024, 9, 2);
    QVERIFY(ObligationRepository(*m_db).setFiling(m_demoId, filed, &error));
    m_clock.set(jst(2024, 9, 10, 12, 0)); // the second incident's 速報 window (09-07 – 09-09) has passed

    MainWindow* w = makeWindow();
    QAction* action = w->action(QStringLiteral("deadlineBoardAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QTest::keyClick(w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* board = w->findChild<DeadlineBoard*>(QStringLiteral("deadlineBoard"));
    QVERIFY(board);
    QTRY_VERIFY(board->isVisible());

    QSortFilterProxyModel* proxy = board->proxy();
    QStringList codes;
    for (int row = 0; row < proxy->rowCount(); ++row)
        codes << cell(proxy, row, DeadlineBoardModel::IncidentColumn);
    QVERIFY(codes.contains(QStringLiteral("INC-2024-003")));
    QVERIFY(codes.contains(QStringLiteral("INC-2024-101")));
    QVERIFY(!codes.contains(QStringLiteral("INC-2024-102")));

    const QColor grey = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    bool sawOverdue = false, sawFiled = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString state = cell(proxy, row, 0, DeadlineBoardModel::StateKeyRole);
        const QColor colour = proxy->index(row, DeadlineBoardModel::StateColumn)
                                  .data(Qt::ForegroundRole)
                                  .value<QBrush>()
                                  .color();
        if (state == QLatin1String("overdue")) {
            sawOverdue = true;
            QVERIFY(colour.red() > 150 && colour.green() < 60);
            QVERIFY(
                cell(proxy, row, DeadlineBoardModel::RemainingColumn).startsWith(QStringLiteral("overdue")));
        } else if (state == QLatin1String("filed")) {
            sawFiled = true;
            QCOMPARE(colour, grey);
        }
    }
    QVERIFY(sawOverdue); // INC-2024-101's 速報
    QVERIFY(sawFiled);   // INC-2024-003's 速報 and consignor notices

    // Sorted by time left, most urgent first; then by incident, descending.
    board->view()->sortByColumn(DeadlineBoardModel::RemainingColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, DeadlineBoardModel::RemainingColumn)
                    .data(DeadlineBoardModel::SortRole)
                    .toLongLong() <= proxy->index(row, DeadlineBoardModel::RemainingColumn)
                                         .data(DeadlineBoardModel::SortRole)
                                         .toLongLong());
    QCOMPARE(cell(proxy, 0, 0, DeadlineBoardModel::StateKeyRole), QStringLiteral("overdue"));
    board->view()->horizontalHeader()->setSortIndicator(DeadlineBoardModel::IncidentColumn,
                                                        Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, DeadlineBoardModel::IncidentColumn), QStringLiteral("INC-2024-101"));
    QCOMPARE(cell(proxy, proxy->rowCount() - 1, DeadlineBoardModel::IncidentColumn),
             QStringLiteral("INC-2024-003"));
}

void TestObligationsPage::boardDoubleClickOpensIncidentObligations()
{
    StorageError error;
    const auto second = IncidentRepository(*m_db).duplicate(m_demoId, QStringLiteral("INC-2024-101"), &error);
    QVERIFY(second);
    MainWindow* w = makeWindow();
    w->showPage(QStringLiteral("overviewPage"));
    w->action(QStringLiteral("deadlineBoardAction"))->trigger();
    auto* board = w->findChild<DeadlineBoard*>(QStringLiteral("deadlineBoard"));
    QTRY_VERIFY(board->isVisible());
    board->view()->horizontalHeader()->setSortIndicator(DeadlineBoardModel::IncidentColumn,
                                                        Qt::DescendingOrder);
    const QModelIndex first = board->proxy()->index(0, DeadlineBoardModel::FilingColumn);
    QCOMPARE(first.data(DeadlineBoardModel::IncidentIdRole).toLongLong(), *second);
    QWidget* viewport = board->view()->viewport();
    const QPoint at = board->view()->visualRect(first).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at); // the press that a double-click starts with
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    QCOMPARE(w->document()->incidentId(), *second);
    QCOMPARE(w->pages()->currentWidget()->objectName(), QStringLiteral("obligationsPage"));
}

void TestObligationsPage::titleWarnsWhenDueWithin48Hours()
{
    m_clock.set(jst(2024, 8, 31, 12, 0)); // the 速報 window closes at the end of 09-02: 60 h away
    // As it stood before the demo's 速報 was submitted (its record says 2024-09-02).
    StorageError error;
    QVERIFY(ObligationRepository(*m_db).setFiling(
        m_demoId, FilingRecord{QStringLiteral("ppc_preliminary"), QStringLiteral("not_started"), {}, {}, {}},
        &error));
    MainWindow* w = makeWindow();
    QVERIFY(watch());
    QVERIFY2(!w->windowTitle().startsWith(QStringLiteral("⚠")), qPrintable(w->windowTitle()));
    QVERIFY(w->windowTitle().contains(QStringLiteral("INC-2024-003")));

    // A minute's tick (or any change) re-evaluates with the clock: 36 h left.
    m_clock.set(jst(2024, 9, 1, 12, 0));
    m_workspace->announce(0, Change::Clock);
    QVERIFY2(w->windowTitle().startsWith(QStringLiteral("⚠ 1 due within 48 h — INC-2024-003")),
             qPrintable(w->windowTitle()));
    auto* status = w->findChild<QToolButton*>(QStringLiteral("deadlineStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("1 due within 48 h")));

    // The title keeps the prefix when the incident's own title changes.
    QVERIFY(w->document()->setIncidentField(QStringLiteral("title_en"), QStringLiteral("Ransomware at HQ")));
    QTRY_COMPARE(w->windowTitle(),
                 QStringLiteral("⚠ 1 due within 48 h — INC-2024-003 Ransomware at HQ — BreachDesk"));

    // Filed: the warning goes once the board re-evaluates.
    QVERIFY(m_workspace->filings().markSubmitted(m_demoId, QStringLiteral("ppc_preliminary"),
                                                 QDate(2024, 9, 1), QString(), &error));
    QCOMPARE(w->windowTitle(), QStringLiteral("INC-2024-003 Ransomware at HQ — BreachDesk"));
    QVERIFY(!status->isVisible() || !status->text().contains(QStringLiteral("within 48 h")));
}

QTEST_MAIN(TestObligationsPage)
#include "tst_obligationspage.moc"
