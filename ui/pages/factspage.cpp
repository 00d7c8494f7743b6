#include "factspage.h"

#include "enumkeys.h"
#include "fieldbinder.h"
#include "incidentdocument.h"
#include "labels.h"
#include "optionaldateedit.h"
#include "timelinemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

FactsPage::FactsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_binder(new FieldBinder(document, this)),
      m_timelineModel(new TimelineModel(document, this)), m_timelineView(new QTableView)
{
    auto field = [this](const char* key) { return m_binder->incidentField(QString::fromLatin1(key)); };
    auto check = [&](const QString& text, const char* key, const char* name) {
        auto* box = new QCheckBox(text);
        box->setObjectName(QString::fromLatin1(name));
        m_binder->bind(box, field(key));
        return box;
    };
    auto line = [&](const char* key, const char* name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        m_binder->bind(edit, field(key));
        return edit;
    };
    auto date = [&](OptionalDateEdit::Mode mode, const char* key, const char* name) {
        auto* edit =
            new OptionalDateEdit(mode, [workspace = &document->workspace()] { return workspace->now(); });
        edit->setObjectName(QString::fromLatin1(name));
        m_binder->bind(edit, field(key));
        return edit;
    };

    // What happened
    auto* eventBox = new QGroupBox(tr("What happened"));
    auto* eventForm = new QFormLayout(eventBox);
    // Each kind with its own certainty: ransomware that encrypted the files is a 毀損 that happened, and a
    // 漏えい that may have happened (法26条1項 「発生し、又は発生したおそれがある」).
    auto certainty = [&](const char* key, const char* name) {
        auto* combo = new QComboBox;
        combo->setObjectName(QString::fromLatin1(name));
        combo->addItem(tr("No"), QStringLiteral("no"));
        combo->addItem(tr("May have happened (発生したおそれ)"), QStringLiteral("possible"));
        combo->addItem(tr("Has happened (発生)"), QStringLiteral("occurred"));
        m_binder->bind(combo, field(key));
        return combo;
    };
    eventForm->addRow(tr("Leak (漏えい):"), certainty("leak_certainty", "leakCertaintyComboBox"));
    eventForm->addRow(tr("Loss (滅失):"), certainty("loss_certainty", "lossCertaintyComboBox"));
    eventForm->addRow(tr("Damage (毀損):"), certainty("damage_certainty", "damageCertaintyComboBox"));
    eventForm->addRow(tr("Occurred from:"),
                      date(OptionalDateEdit::Mode::Date, "occurred_from", "occurredFromEdit"));
    eventForm->addRow(tr("Occurred until:"),
                      date(OptionalDateEdit::Mode::Date, "occurred_to", "occurredToEdit"));
    auto* knownAt = date(OptionalDateEdit::Mode::DateTime, "known_at", "knownAtEdit");
    knownAt->setToolTip(
        tr("When any department first learned of it (知った日). Every deadline counts from this day."));
    eventForm->addRow(tr("Learned of it (知った日時):"), knownAt);
    eventForm->addRow(tr("Contained on:"),
                      date(OptionalDateEdit::Mode::Date, "contained_on", "containedOnEdit"));

    // Why
    auto* causeBox = new QGroupBox(tr("Cause"));
    auto* causeForm = new QFormLayout(causeBox);
    auto* cause = new QComboBox;
    cause->setObjectName(QStringLiteral("causeComboBox"));
    for (const QString& key : causeKindKeys())
        cause->addItem(Labels::cause(key), key);
    m_binder->bind(cause, field("cause"));
    causeForm->addRow(tr("Cause:"), cause);
    causeForm->addRow(check(tr("May have been done with an unlawful purpose (不正の目的)"), "malicious",
                            "maliciousCheckBox"));
    causeForm->addRow(tr("Why:"), line("malicious_reason", "maliciousReasonLineEdit",
                                       tr("e.g. ransomware with an extortion note")));

    // Protection and regimes
    auto* protectionBox = new QGroupBox(tr("Protection and regimes"));
    auto* protectionForm = new QFormLayout(protectionBox);
    protectionForm->addRow(
        check(tr("We hold the Privacy Mark (プライバシーマーク)"), "pmark_holder", "pmarkCheckBox"));
    protectionForm->addRow(tr("Review body:"),
                           line("pmark_body", "pmarkBodyLineEdit", tr("e.g. JIPDEC, JISA")));
    protectionForm->addRow(check(tr("The GDPR applies"), "gdpr_applies", "gdprCheckBox"));
    auto* risk = new QComboBox;
    risk->setObjectName(QStringLiteral("gdprRiskComboBox"));
    for (const QString& key : gdprRiskKeys())
        risk->addItem(Labels::gdprRisk(key), key);
    m_binder->bind(risk, field("gdpr_risk"));
    protectionForm->addRow(tr("GDPR risk:"), risk);
    auto* perDataSet = new QLabel(tr("Encryption and people who cannot be reached are recorded for each data "
                                     "set, on the Data sets page."));
    perDataSet->setWordWrap(true);
    protectionForm->addRow(perDataSet);

    auto* facts = new QWidget;
    auto* factsLayout = new QHBoxLayout(facts);
    auto* left = new QVBoxLayout;
    left->addWidget(eventBox);
    left->addWidget(causeBox);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(protectionBox);
    right->addStretch();
    factsLayout->addLayout(left, 1);
    factsLayout->addLayout(right, 1);
    auto* factsScroll = new QScrollArea;
    factsScroll->setWidget(facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);

    // Timeline
    auto* timelineBox = new QGroupBox(tr("Timeline"));
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::When,
                                                             QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::DateOnly,
                                                             QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::TextJa, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::TextEn, QHeaderView::Stretch);
    timelineLayout->addWidget(m_timelineView);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add event"));
    add->setObjectName(QStringLiteral("addEventButton"));
    auto* remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete event"));
    remove->setObjectName(QStringLiteral("deleteEventButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    timelineLayout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &FactsPage::addEvent);
    connect(remove, &QPushButton::clicked, this, &FactsPage::removeSelectedEvents);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(factsScroll);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);
}

void FactsPage::addEvent()
{
    TimelineEvent e;
    e.at = m_document->workspace().now();
    e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute()));
    qint64 id = 0;
    if (m_document->addTimelineEvent(e, &id)) {
        const int row = m_timelineModel->rowOf(id);
        m_timelineView->setCurrentIndex(m_timelineModel->index(row, TimelineModel::TextJa));
        m_timelineView->edit(m_timelineView->currentIndex());
    }
}

void FactsPage::removeSelectedEvents()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_timelineView->selectionModel()->selectedRows())
        ids.append(m_timelineModel->eventId(index.row()));
    if (ids.isEmpty() && m_timelineView->currentIndex().isValid())
        ids.append(m_timelineModel->eventId(m_timelineView->currentIndex().row()));
    for (qint64 id : ids)
        m_document->removeTimelineEvent(id);
}

} // namespace bd
