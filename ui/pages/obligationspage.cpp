#include "obligationspage.h"

#include "decisiondialog.h"
#include "dialogs.h"
#include "filingtablemodel.h"
#include "incidentdocument.h"
#include "obligationrepository.h"
#include "obligationrulemodel.h"
#include "obligationshub.h"
#include "overridedialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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
      m_filingView(makeTable(m_filingModel, QStringLiteral("filingTable"))), m_fitRows(new QTimer(this))
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
    auto* rulesBox = new QGroupBox(tr("Rules: does the breach have to be reported, and why"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_ruleView);
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
    connect(document, &IncidentDocument::incidentFieldChanged, this, &ObligationsPage::scheduleRefresh);
    connect(document, &IncidentDocument::dataSetsChanged, this, &ObligationsPage::scheduleRefresh);
    connect(ObligationsHub::instance(), &ObligationsHub::changed, this, [this](qint64 incidentId) {
        if (incidentId == 0 || incidentId == m_document->incidentId())
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
    m_report = {};
    m_filed.clear();
    if (m_document->isLoaded()) {
        StorageError error;
        ObligationRepository repository(m_document->database());
        const QDateTime now = ObligationsHub::now();
        if (std::optional<ObligationReport> report = repository.evaluate(m_document->incident(), now, &error))
            m_report = *report;
        else
            m_report = evaluate(m_document->incident(), {}, {}, now); // shown without the decisions
        m_filed = repository.filedKeys(m_document->incidentId(), &error);
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
    m_ruleModel->setRules(m_report.rules);
    m_filingModel->setReport(m_report, m_filed);
    addRowButtons();
    updateHeader();
    resizeRows();
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
    if (!ObligationRepository(m_document->database())
             .addDecision(m_document->incidentId(), *decision, &error)) {
        Dialogs::warning(this, tr("Decision not saved"), error.message, error.detail);
        return;
    }
    ObligationsHub::notifyChanged(m_document->incidentId());
}

void ObligationsPage::overrideFiling(const QString& key)
{
    const RequiredFiling* filing = m_report.filing(key);
    if (!filing)
        return;
    const std::optional<Override> override = OverrideDialog::ask(this, *filing);
    if (!override)
        return;
    StorageError error;
    if (!ObligationRepository(m_document->database())
             .addOverride(m_document->incidentId(), *override, &error)) {
        Dialogs::warning(this, tr("Override not saved"), error.message, error.detail);
        return;
    }
    ObligationsHub::notifyChanged(m_document->incidentId());
}

void ObligationsPage::withdrawOverride(const QString& key)
{
    const RequiredFiling* filing = m_report.filing(key);
    if (!filing || !filing->overridden)
        return;
    bool ok = false;
    const QString reason =
        Dialogs::textInput(this, tr("Withdraw Override"),
                           tr("Why is the override of \"%1\" withdrawn? (The computed value applies again.)")
                               .arg(filing->audience),
                           QString(), &ok)
            .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        Dialogs::warning(this, tr("Withdraw Override"), tr("The override stays: a reason is needed."));
        return;
    }
    StorageError error;
    if (!ObligationRepository(m_document->database())
             .withdrawOverride(m_document->incidentId(), key, reason, &error)) {
        Dialogs::warning(this, tr("Override not withdrawn"), error.message, error.detail);
        return;
    }
    ObligationsHub::notifyChanged(m_document->incidentId());
}

} // namespace bd
