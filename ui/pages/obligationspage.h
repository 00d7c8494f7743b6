// Obligations & deadlines: every rule of domain.md §4 with its result and why, a "Decide…" button where the
// officer's judgement or a missing fact is needed, and the filings and notices they require with their due
// dates, the basis of each date, the time left and the state; each filing's date can be overridden with a
// reason, and so can any rule's outcome (the selected rule's detail pane compares the computed outcome with
// the override). Re-evaluates when the incident changes or a decision is recorded.
#pragma once

#include "obligationreport.h"
#include "obligationrulemodel.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QTableView;

namespace bd {

class FilingTableModel;
class IncidentDocument;
struct StorageError;

class ObligationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ObligationsPage(IncidentDocument* document, QWidget* parent = nullptr);

    const ObligationReport& report() const { return m_report; }
    ObligationRuleModel* ruleModel() const { return m_ruleModel; }
    FilingTableModel* filingModel() const { return m_filingModel; }
    QTableView* ruleView() const { return m_ruleView; }
    QTableView* filingView() const { return m_filingView; }
    QLabel* ruleDetail() const { return m_ruleDetail; }
    QAction* overrideRuleAction() const { return m_overrideRuleAction; }
    QAction* withdrawRuleOverrideAction() const { return m_withdrawRuleAction; }

    // The rule selected in the rules table ("" when none); the rule actions and the detail pane follow it.
    QString selectedRuleId() const;
    void selectRule(const QString& ruleId);

    // Re-evaluates at the workspace's "now".
    void refresh();
    // The actions behind the buttons; each asks through its dialog (or the dialog's test seam).
    void decide(const QString& ruleId);
    void overrideFiling(const QString& key);
    void withdrawOverride(const QString& key);
    void overrideRule(const QString& ruleId);
    void withdrawRuleOverride(const QString& ruleId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRefresh();
    void addRowButtons();
    void updateHeader();
    void resizeRows();
    void updateRuleActions();
    void showRuleMenu(const QPoint& pos);
    // Asks why an override is withdrawn; false when cancelled or no reason is given (the override stays).
    bool withdrawalReason(const QString& question, QString* reason);
    void storeOverride(const Override& override);
    bool storeWithdrawal(const QString& key, const QString& reason);

    IncidentDocument* m_document;
    ObligationReport m_report;
    QSet<QString> m_filed;
    QLabel* m_header;
    QLabel* m_warnings;
    ObligationRuleModel* m_ruleModel;
    FilingTableModel* m_filingModel;
    QTableView* m_ruleView;
    QTableView* m_filingView;
    QLabel* m_ruleDetail;
    QAction* m_overrideRuleAction;
    QAction* m_withdrawRuleAction;
    QPushButton* m_overrideRuleButton;
    QPushButton* m_withdrawRuleButton;
    QList<QPointer<QWidget>> m_cells; // the button cells in the tables
    QTimer* m_fitRows;                // fits the rows to their wrapped text once the layout has settled
    bool m_stale = true;
};

} // namespace bd
