#include "obligationspage.h"

#include "decisiondialog.h"
#include "dialogs.h"
#include "filingtablemodel.h"
#include "incidentdocument.h"
#include "obligationrulemodel.h"
#include "overridedialog.h"
#include "ruleoverridedialog.h"
#include "workspace.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QPushButton* rowButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QWidget* buttonCell(const QList<QPushButton*>& buttons)
{
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    for (QPushButton* b : buttons)
        layout->addWidget(b, 0, Qt::AlignTop);
    layout->addStretch();
    return cell;
}
} // namespace

ObligationsPage::ObligationsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_header(new QLabel), m_warnings(new QLabel),
      m_ruleModel(new ObligationRuleModel(this)), m_filingModel(new FilingTableModel(this)),
      m_ruleView(makeTable(m_ruleModel, QStringLiteral("ruleTable"))),
      m_filingView(makeTable(m_filingModel, QStringLiteral("filingTable"))), m_ruleDetail(new QLabel),
      m_overrideRuleAction(new QAction(tr("&Override outcome…"), this)),
      m_withdrawRuleAction(new QAction(tr("&Withdraw override…"), this)),
      m_overrideRuleButton(rowButton(tr("Override outcome…"), QStringLiteral("overrideRuleButton"))),
      m_withdrawRuleButton(rowButton(tr("Withdraw override…"), QStringLiteral("withdrawRuleOverrideButton"))),
      m_fitRows(new QTimer(this))
{
    m_header->setObjectName(QStringLiteral("obligationsHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_warnings->setObjectName(QStringLiteral("obligationsWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a05000;"));
    m_warnings->hide();

    QHeaderView* ruleHeader = m_ruleView->horizontalHeader();
    ruleHeader->setSectionResizeMode(QHeaderView::Interactive);
    ruleHeader->setSectionResizeMode(ObligationRuleModel::WhyColumn, QHeaderView::Stretch);
    ruleHeader->setSectionResizeMode(ObligationRuleModel::DecideColumn, QHeaderView::ResizeToContents);
    ruleHeader->resizeSection(ObligationRuleModel::RuleColumn, 220);
    ruleHeader->resizeSection(ObligationRuleModel::StateColumn, 140);
    ruleHeader->setMinimumSectionSize(60);

    QHeaderView* filingHeader = m_filingView->horizontalHeader();
    filingHeader->setSectionResizeMode(QHeaderView::Interactive);
    filingHeader->setSectionResizeMode(FilingTableModel::WhyDateColumn, QHeaderView::Stretch);
    filingHeader->setSectionResizeMode(FilingTableModel::ActionColumn, QHeaderView::ResizeToContents);
    for (int column :
         {FilingTableModel::DueColumn, FilingTableModel::RemainingColumn, FilingTableModel::StateColumn})
        filingHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    filingHeader->resizeSection(FilingTableModel::AudienceColumn, 220);
    filingHeader->setMinimumSectionSize(60);
    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(0);
    connect(m_fitRows, &QTimer::timeout, this, &ObligationsPage::resizeRows);
    for (QHeaderView* h : {ruleHeader, filingHeader})
        connect(h, &QHeaderView::sectionResized, m_fitRows, qOverload<>(&QTimer::start));
    for (QTableView* view : {m_ruleView, m_filingView}) {
        connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, m_fitRows,
                qOverload<>(&QTimer::start));
        view->viewport()->installEventFilter(this);
    }

    // One scrolling page: both tables are as tall as their rows, so nothing scrolls inside them.
    for (QTableView* view : {m_ruleView, m_filingView}) {
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    // The selected rule's outcome can be overridden: buttons under the table, the same actions on its
    // context menu, and a detail pane that compares the computed outcome with the override.
    m_overrideRuleAction->setObjectName(QStringLiteral("overrideRuleAction"));
    m_overrideRuleAction->setToolTip(tr("Replace the selected rule's computed outcome, with a reason"));
    m_withdrawRuleAction->setObjectName(QStringLiteral("withdrawRuleOverrideAction"));
    m_withdrawRuleAction->setToolTip(tr("Withdraw the override: the computed outcome applies again"));
    m_overrideRuleButton->setToolTip(m_overrideRuleAction->toolTip());
    m_withdrawRuleButton->setToolTip(m_withdrawRuleAction->toolTip());
    connect(m_overrideRuleAction, &QAction::triggered, this, [this] { overrideRule(selectedRuleId()); });
    connect(m_withdrawRuleAction, &QAction::triggered, this,
            [this] { withdrawRuleOverride(selectedRuleId()); });
    connect(m_overrideRuleButton, &QPushButton::clicked, m_overrideRuleAction, &QAction::trigger);
    connect(m_withdrawRuleButton, &QPushButton::clicked, m_withdrawRuleAction, &QAction::trigger);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObligationsPage::updateRuleActions);
    m_ruleView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ruleView, &QWidget::customContextMenuRequested, this, &ObligationsPage::showRuleMenu);
    m_ruleDetail->setObjectName(QStringLiteral("ruleDetail"));
    m_ruleDetail->setWordWrap(true);
    m_ruleDetail->setTextFormat(Qt::RichText);
    m_ruleDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleDetail->setFrameShape(QFrame::StyledPanel);
    m_ruleDetail->setMargin(6);

    auto* rulesBox = new QGroupBox(tr("Rules: does the breach have to be reported, and why"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_ruleView);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_overrideRuleButton);
    ruleButtons->addWidget(m_withdrawRuleButton);
    ruleButtons->addStretch();
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(m_ruleDetail);
    auto* filingsBox = new QGroupBox(tr("Filings and notices: to whom, by when"));
    auto* filingsLayout = new QVBoxLayout(filingsBox);
    filingsLayout->addWidget(m_filingView);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(rulesBox);
    contentLayout->addWidget(filingsBox);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("obligationsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(document, &IncidentDocument::loaded, this, &ObligationsPage::scheduleRefresh);
    constexpr Changes shown = Change::Incident | Change::Obligations | Change::Filings | Change::Clock;
    connect(&document->workspace(), &Workspace::changed, this,
            [this, shown](qint64 incidentId, Changes what) {
                if ((incidentId == 0 || incidentId == m_document->incidentId()) && (what & shown))
                    scheduleRefresh();
            });
    refresh();
}

void ObligationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    m_fitRows->start();
}

bool ObligationsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize &&
        (watched == m_ruleView->viewport() || watched == m_filingView->viewport())) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_fitRows->start();
    }
    return QWidget::eventFilter(watched, event);
}

void ObligationsPage::scheduleRefresh()
{
    // Hidden pages wait until they are shown; a visible one follows every change.
    m_stale = true;
    if (isVisible())
        refresh();
}

void ObligationsPage::refresh()
{
    m_stale = false;
    const QString selected = selectedRuleId();
    m_report = {};
    m_filed.clear();
    QHash<QString, RuleOverrideInfo> overrides;
    if (m_document->isLoaded()) {
        StorageError error;
        ObligationService& obligations = m_document->workspace().obligations();
        if (std::optional<ObligationReport> report = obligations.evaluate(m_document->incident(), &error))
            m_report = *report;
        else // shown without the decisions
            m_report = evaluate(m_document->incident(), {}, {}, m_document->workspace().now());
        m_filed = obligations.filedKeys(m_document->incidentId(), &error);
        if (!error)
            overrides = obligations.ruleOverrideOutcomes(m_document->incident(), m_report, &error);
        if (error)
            m_report.warnings.prepend(tr("Decisions and overrides could not be read: %1").arg(error.text()));
    }
    // The old buttons leave at once (the views only delete them later), so that each name stays unique.
    for (const QPointer<QWidget>& cell : std::as_const(m_cells))
        if (cell) {
            cell->hide();
            cell->setParent(nullptr);
            cell->deleteLater();
        }
    m_cells.clear();
    m_ruleModel->setRules(m_report.rules, overrides);
    m_filingModel->setReport(m_report, m_filed);
    addRowButtons();
    updateHeader();
    selectRule(selected);
    updateRuleActions();
    resizeRows();
}

QString ObligationsPage::selectedRuleId() const
{
    const QModelIndexList rows = m_ruleView->selectionModel()->selectedRows();
    const RuleResult* rule = rows.isEmpty() ? nullptr : m_ruleModel->ruleAt(rows.first().row());
    return rule ? rule->id : QString();
}

void ObligationsPage::selectRule(const QString& ruleId)
{
    const int row = m_ruleModel->rowOf(ruleId);
    if (row < 0)
        m_ruleView->clearSelection();
    else
        m_ruleView->selectRow(row);
}

void ObligationsPage::updateRuleActions()
{
    const int row = m_ruleModel->rowOf(selectedRuleId());
    const RuleResult* rule = m_ruleModel->ruleAt(row);
    m_overrideRuleAction->setEnabled(rule != nullptr);
    m_withdrawRuleAction->setEnabled(rule && rule->overridden);
    m_overrideRuleButton->setEnabled(m_overrideRuleAction->isEnabled());
    m_withdrawRuleButton->setEnabled(m_withdrawRuleAction->isEnabled());
    m_overrideRuleAction->setText(rule && rule->overridden ? tr("Change &override…")
                                                           : tr("&Override outcome…"));
    m_overrideRuleButton->setText(rule && rule->overridden ? tr("Change override…")
                                                           : tr("Override outcome…"));
    m_ruleDetail->setText(rule ? m_ruleModel->detailHtml(row)
                               : tr("Select a rule to see its details or to override its outcome."));
}

void ObligationsPage::showRuleMenu(const QPoint& pos)
{
    // A right-click selects the rule under the mouse; the menu key acts on the selected one.
    if (const QModelIndex index = m_ruleView->indexAt(pos); index.isValid())
        m_ruleView->selectRow(index.row());
    const RuleResult* rule = m_ruleModel->ruleAt(m_ruleModel->rowOf(selectedRuleId()));
    if (!rule)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("ruleMenu"));
    if (rule && ObligationRuleModel::decidable(*rule)) {
        const QString id = rule->id;
        menu.addAction(rule->decision ? tr("Change decision…") : tr("Decide…"), this,
                       [this, id] { decide(id); });
    }
    menu.addAction(m_overrideRuleAction);
    menu.addAction(m_withdrawRuleAction);
    menu.exec(m_ruleView->viewport()->mapToGlobal(pos));
}

void ObligationsPage::addRowButtons()
{
    for (int row = 0; row < m_ruleModel->rowCount(); ++row) {
        const RuleResult* r = m_ruleModel->ruleAt(row);
        if (!ObligationRuleModel::decidable(*r))
            continue;
        auto* button = rowButton(r->decision ? tr("Change decision…") : tr("Decide…"),
                                 QStringLiteral("decideButton_") + r->id);
        button->setToolTip(tr("Record whether %1 applies, and why").arg(r->id));
        const QString id = r->id;
        connect(button, &QPushButton::clicked, this, [this, id] { decide(id); });
        m_cells.append(buttonCell({button}));
        m_ruleView->setIndexWidget(m_ruleModel->index(row, ObligationRuleModel::DecideColumn),
                                   m_cells.last());
    }
    for (int row = 0; row < m_filingModel->rowCount(); ++row) {
        const RequiredFiling* f = m_filingModel->filingAt(row);
        const QString key = f->key;
        QList<QPushButton*> buttons;
        auto* overrideButton = rowButton(tr("Override…"), QStringLiteral("overrideButton_") + key);
        overrideButton->setToolTip(tr("Replace the due date, or whether it is required, with a reason"));
        connect(overrideButton, &QPushButton::clicked, this, [this, key] { overrideFiling(key); });
        buttons.append(overrideButton);
        if (f->overridden) {
            auto* withdraw = rowButton(tr("Withdraw"), QStringLiteral("withdrawButton_") + key);
            withdraw->setToolTip(tr("Withdraw the override: the computed value applies again"));
            connect(withdraw, &QPushButton::clicked, this, [this, key] { withdrawOverride(key); });
            buttons.append(withdraw);
        }
        m_cells.append(buttonCell(buttons));
        m_filingView->setIndexWidget(m_filingModel->index(row, FilingTableModel::ActionColumn),
                                     m_cells.last());
    }
}

void ObligationsPage::updateHeader()
{
    if (!m_document->isLoaded()) {
        m_header->setText(tr("No incident is open."));
        m_warnings->hide();
        return;
    }
    const QString at = m_report.evaluatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QStringList lines;
    const RuleResult* report = m_report.rule(QLatin1String(RuleId::JpR));
    if (report && report->fires())
        lines << tr("<b>Report to the PPC and notify the individuals</b> (as at %1).").arg(at);
    else if (report && report->undecided())
        lines << tr("<b>Whether a report to the PPC is required is not settled yet</b> (as at %1).").arg(at);
    else
        lines << tr("<b>No report to the PPC is required</b> (as at %1).").arg(at);
    int open = 0;
    for (const RuleResult& r : m_report.rules)
        open += r.undecided() ? 1 : 0;
    if (open > 0)
        lines << tr("Rules that need your decision or a missing fact: %1.").arg(open);
    const auto overridden = std::count_if(m_report.rules.cbegin(), m_report.rules.cend(),
                                          [](const RuleResult& r) { return r.overridden; });
    if (overridden > 0)
        lines << tr("Rules whose outcome you overrode: %1.").arg(overridden);
    int overdue = 0, soon = 0;
    for (int row = 0; row < m_filingModel->rowCount(); ++row) {
        overdue += m_filingModel->stateAt(row) == FilingState::Overdue ? 1 : 0;
        soon += m_filingModel->stateAt(row) == FilingState::DueSoon ? 1 : 0;
    }
    if (soon > 0)
        lines << tr("<span style='color:#a05000'>%n due within 48 hours.</span>", nullptr, soon);
    if (overdue > 0)
        lines << tr("<span style='color:#b00020'>%n overdue.</span>", nullptr, overdue);
    m_header->setText(lines.join(QLatin1Char(' ')));
    m_warnings->setText(m_report.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!m_report.warnings.isEmpty());
}

void ObligationsPage::resizeRows()
{
    if (!isVisible())
        return;
    for (QTableView* view : {m_ruleView, m_filingView}) {
        view->resizeRowsToContents();
        // The delegate's height for wrapped text is sometimes a line short (mixed Japanese and English); a
        // little air keeps the last line whole.
        const int air = view->fontMetrics().height() / 2;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            view->setRowHeight(row, view->rowHeight(row) + air);
        int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            height += view->rowHeight(row);
        if (view->horizontalScrollBar()->maximum() > 0) // a narrow page scrolls the table sideways
            height += view->horizontalScrollBar()->sizeHint().height();
        view->setFixedHeight(height);
    }
}

void ObligationsPage::decide(const QString& ruleId)
{
    const RuleResult* rule = m_report.rule(ruleId);
    if (!rule)
        return;
    const std::optional<Decision> decision = DecisionDialog::ask(this, *rule);
    if (!decision)
        return;
    StorageError error;
    if (!m_document->workspace().obligations().addDecision(m_document->incidentId(), *decision, &error))
        Dialogs::warning(this, tr("Decision not saved"), error.message, error.detail);
}

void ObligationsPage::overrideFiling(const QString& key)
{
    const RequiredFiling* filing = m_report.filing(key);
    if (!filing)
        return;
    if (const std::optional<Override> override =
            OverrideDialog::ask(this, *filing, m_report.evaluatedAt.date()))
        storeOverride(*override);
}

void ObligationsPage::storeOverride(const Override& override)
{
    StorageError error;
    if (!m_document->workspace().obligations().addOverride(m_document->incidentId(), override, &error))
        Dialogs::warning(this, tr("Override not saved"), error.message, error.detail);
}

void ObligationsPage::withdrawOverride(const QString& key)
{
    const RequiredFiling* filing = m_report.filing(key);
    if (!filing || !filing->overridden)
        return;
    QString reason;
    if (withdrawalReason(tr("Why is the override of \"%1\" withdrawn? (The computed value applies again.)")
                             .arg(filing->audience),
                         &reason))
        storeWithdrawal(key, reason);
}

void ObligationsPage::overrideRule(const QString& ruleId)
{
    const RuleResult* rule = m_report.rule(ruleId);
    if (!rule || !m_document->isLoaded())
        return;
    const RuleOverrideInfo* info = m_ruleModel->overrideOf(ruleId);
    if (const std::optional<Override> override =
            RuleOverrideDialog::ask(this, *rule, info ? info->computed : rule->state))
        storeOverride(*override);
}

void ObligationsPage::withdrawRuleOverride(const QString& ruleId)
{
    const RuleResult* rule = m_report.rule(ruleId);
    if (!rule || !rule->overridden)
        return;
    QString reason;
    if (withdrawalReason(tr("Why is the override of %1 (%2) withdrawn? (The computed outcome applies again.)")
                             .arg(ruleId, ruleTitle(ruleId)),
                         &reason))
        storeWithdrawal(ruleId, reason);
}

bool ObligationsPage::withdrawalReason(const QString& question, QString* reason)
{
    bool ok = false;
    *reason = Dialogs::textInput(this, tr("Withdraw Override"), question, QString(), &ok).trimmed();
    if (!ok)
        return false;
    if (reason->isEmpty()) {
        Dialogs::warning(this, tr("Withdraw Override"), tr("The override stays: a reason is needed."));
        return false;
    }
    return true;
}

bool ObligationsPage::storeWithdrawal(const QString& key, const QString& reason)
{
    StorageError error;
    if (!m_document->workspace().obligations().withdrawOverride(m_document->incidentId(), key, reason,
                                                                &error)) {
        Dialogs::warning(this, tr("Override not withdrawn"), error.message, error.detail);
        return false;
    }
    return true;
}

} // namespace bd
