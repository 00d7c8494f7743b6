#include "filingspage.h"

#include "dialogs.h"
#include "filingdrafter.h"
#include "filingregister.h"
#include "filingservice.h"
#include "incidentdocument.h"
#include "noticecontexts.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd {

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& data = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, data);
        table->setItem(row, c, item);
    }
}

} // namespace

FilingsPage::FilingsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document),
      m_register(makeTable(QStringLiteral("registerTable"),
                           {tr("Filing"), tr("To"), tr("Due"), tr("Deadline"), tr("State"),
                            tr("Submitted on"), tr("Receipt no."), tr("Issued documents")})),
      m_kind(new QComboBox), m_date(new QDateEdit(document->workspace().today())),
      m_items(makeTable(QStringLiteral("itemsTable"), {tr("No."), tr("Item"), tr("Characters"), QString()})),
      m_review(new QTextBrowser),
      m_issued(makeTable(QStringLiteral("issuedTable"),
                         {tr("Document"), tr("Language"), tr("Date"), tr("Issued"), tr("SHA-256")})),
      m_issueButton(new QPushButton(tr("&Issue…"))), m_pdfButton(new QPushButton(tr("Export &PDF…"))),
      m_htmlButton(new QPushButton(tr("Export &web page…"))), m_printButton(new QPushButton(tr("P&rint…"))),
      m_printAction(new QAction(tr("Print…"), this))
{
    auto* layout = new QVBoxLayout(this);

    auto* registerBox = new QGroupBox(tr("Filing register"));
    auto* registerLayout = new QVBoxLayout(registerBox);
    registerLayout->addWidget(m_register);
    auto* registerButtons = new QHBoxLayout;
    auto* submitted = new QPushButton(tr("Mark &submitted…"));
    submitted->setObjectName(QStringLiteral("markSubmittedButton"));
    auto* archive = new QPushButton(tr("Export &archive…"));
    archive->setObjectName(QStringLiteral("exportArchiveButton"));
    auto* edition = new QPushButton(tr("Record &published edition…"));
    edition->setObjectName(QStringLiteral("recordEditionButton"));
    edition->setToolTip(tr("Record an edition of the public notice published outside BreachDesk, so that "
                           "the next one drafted here has the next number and quotes its date"));
    registerButtons->addWidget(submitted);
    registerButtons->addWidget(edition);
    registerButtons->addStretch();
    registerButtons->addWidget(archive);
    registerLayout->addLayout(registerButtons);

    auto* draftBox = new QGroupBox(tr("Draft"));
    auto* draftLayout = new QVBoxLayout(draftBox);
    auto* draftRow = new QHBoxLayout;
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_date->setObjectName(QStringLiteral("documentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* draftButton = new QPushButton(tr("&Draft"));
    draftButton->setObjectName(QStringLiteral("draftButton"));
    auto* kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(m_kind);
    auto* dateLabel = new QLabel(tr("D&ate:"));
    dateLabel->setBuddy(m_date);
    draftRow->addWidget(kindLabel);
    draftRow->addWidget(m_kind, 1);
    draftRow->addWidget(dateLabel);
    draftRow->addWidget(m_date);
    draftRow->addWidget(draftButton);
    draftLayout->addLayout(draftRow);

    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->horizontalHeader()->setStretchLastSection(false);
    m_review->setObjectName(QStringLiteral("reviewBrowser"));
    auto* splitter = new QSplitter;
    splitter->addWidget(m_items);
    splitter->addWidget(m_review);
    draftLayout->addWidget(splitter, 1);
    auto* draftButtons = new QHBoxLayout;
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_htmlButton->setObjectName(QStringLiteral("exportWebPageButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    addAction(m_printAction); // hidden pages of the main window's stack do not take the shortcut
    m_printButton->setToolTip(
        tr("Print the selected issued document exactly as issued, or else the draft (%1)")
            .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    draftButtons->addStretch();
    draftButtons->addWidget(m_pdfButton);
    draftButtons->addWidget(m_htmlButton);
    draftButtons->addWidget(m_printButton);
    draftButtons->addWidget(m_issueButton);
    draftLayout->addLayout(draftButtons);

    auto* issuedBox =
        new QGroupBox(tr("Issued documents (select one to export or print it exactly as issued)"));
    auto* issuedLayout = new QVBoxLayout(issuedBox);
    issuedLayout->addWidget(m_issued);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(registerBox);
    vertical->addWidget(draftBox);
    vertical->addWidget(issuedBox);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical);

    connect(draftButton, &QPushButton::clicked, this, &FilingsPage::makeDraft);
    connect(m_issueButton, &QPushButton::clicked, this, &FilingsPage::issueDraft);
    connect(m_pdfButton, &QPushButton::clicked, this, &FilingsPage::exportPdf);
    connect(m_htmlButton, &QPushButton::clicked, this, &FilingsPage::exportWebPage);
    connect(m_printButton, &QPushButton::clicked, this, &FilingsPage::print);
    connect(m_printAction, &QAction::triggered, this, &FilingsPage::print);
    connect(submitted, &QPushButton::clicked, this, &FilingsPage::markSubmitted);
    connect(edition, &QPushButton::clicked, this, &FilingsPage::recordPublishedEdition);
    connect(archive, &QPushButton::clicked, this, &FilingsPage::exportArchive);
    connect(m_issued, &QTableWidget::itemSelectionChanged, this, &FilingsPage::updateOutputs);
    // Any change to the facts makes the draft stale: it is drafted again on request.
    for (auto signal :
         {&IncidentDocument::loaded, &IncidentDocument::dataSetsChanged, &IncidentDocument::timelineChanged})
        connect(m_document, signal, this, [this] {
            clearDraft();
            refresh();
        });
    connect(m_document, &IncidentDocument::incidentFieldChanged, this, [this] {
        clearDraft();
        refresh(); // 知った日, P-mark, GDPR … change what is due
    });
    connect(m_document, &IncidentDocument::narrativeChanged, this, [this] { clearDraft(); });
    // Decisions, overrides and filings recorded anywhere (the Obligations page, another program) change the
    // register at once.
    connect(&m_document->workspace(), &Workspace::changed, this, [this](qint64 incidentId, Changes what) {
        if (incidentId != 0 && incidentId != m_document->incidentId())
            return;
        if (what & Change::Elsewhere)
            clearDraft();
        if (what & (Change::Obligations | Change::Filings | Change::Clock | Change::Elsewhere))
            refresh();
    });
    clearDraft();
    refresh();
}

void FilingsPage::fillKinds(const QSet<QString>& called)
{
    const QString current = m_kind->currentData().toStringList().join(QLatin1Char('/'));
    m_kind->clear();
    const QStringList clients =
        m_document->isLoaded() ? consignorClients(m_document->incident()) : QStringList();
    // The core's table of kinds decides what is offered (draftkinds.h), as for `breachdesk draft-filing`.
    for (const DraftChoice& choice : DraftKinds::choices(called, clients))
        m_kind->addItem(
            choice.label,
            QStringList{choice.kind, choice.lang ? langKey(*choice.lang) : QString(), choice.consignor});
    for (int i = 0; i < m_kind->count(); ++i)
        if (m_kind->itemData(i).toStringList().join(QLatin1Char('/')) == current)
            m_kind->setCurrentIndex(i);
}

QList<IssuedDocument> FilingsPage::issuedDocuments() const
{
    StorageError error;
    return m_document->isLoaded() ? m_document->workspace().filings().issued(m_document->incidentId(), &error)
                                  : QList<IssuedDocument>();
}

void FilingsPage::refresh()
{
    m_register->setRowCount(0);
    m_issued->setRowCount(0);
    if (!m_document->isLoaded()) {
        fillKinds({});
        return;
    }
    StorageError error;
    const FilingRegisterView view =
        m_document->workspace().filings().registerOf(m_document->incident(), &error);
    // The P-mark and GDPR kinds need the obligations to call for them.
    fillKinds(DraftKinds::calledIn(view.report));
    const QList<IssuedDocument>& issued = view.issued;
    const QList<RegisterRow>& rows = view.rows;
    m_register->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RegisterRow& row = rows.at(r);
        QStringList docs;
        for (const qint64 id : row.documents)
            docs << QStringLiteral("#%1").arg(id);
        setRow(m_register, r,
               {requiredFilingTitle(row.key), row.audience, row.due,
                row.required ? filingStateText(row.dueState) : filingStateText(FilingState::NotRequired),
                recordStateText(row.state), row.submittedOn.toString(Qt::ISODate), row.receiptNo,
                docs.join(QStringLiteral(", "))},
               row.key);
    }
    m_register->resizeColumnsToContents();
    m_issued->setRowCount(int(issued.size()));
    for (int r = 0; r < issued.size(); ++r) {
        const IssuedDocument& d = issued.at(r);
        setRow(m_issued, r,
               {QStringLiteral("#%1 %2 %3").arg(d.id).arg(FilingTemplates::kindTitle(d.kind), d.label()),
                langKey(d.lang), d.documentDate.toString(Qt::ISODate),
                d.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::fromLatin1(d.sha256)},
               d.id);
    }
    m_issued->resizeColumnsToContents();
}

void FilingsPage::clearDraft()
{
    m_draft.reset();
    m_report.reset();
    showItems(nullptr);
    m_review->setPlainText(
        tr("Choose a kind and press Draft. Drafts follow the incident as it is now; issuing "
           "freezes one."));
    m_issueButton->setEnabled(false);
    m_htmlButton->setEnabled(false);
    updateOutputs();
}

void FilingsPage::showItems(const PpcReport* report)
{
    m_items->setRowCount(0);
    if (!report)
        return;
    m_items->setRowCount(int(report->items.size()));
    for (int r = 0; r < report->items.size(); ++r) {
        const ReportItem& item = report->items.at(r);
        setRow(m_items, r,
               {QString::number(item.number),
                item.title + (item.unknown ? tr(" (still under investigation)") : QString()),
                QString::number(item.characterCount())});
        m_items->item(r, 1)->setToolTip(item.text);
        auto* copy = new QPushButton(tr("Copy"));
        copy->setObjectName(QStringLiteral("copyItem%1Button").arg(item.number));
        const QString text = item.text;
        connect(copy, &QPushButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
        m_items->setCellWidget(r, 3, copy);
    }
    m_items->resizeColumnsToContents();
}

void FilingsPage::showReview(const QStringList& warnings, const QString& changes)
{
    QString html;
    if (warnings.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No consistency warnings.").toHtmlEscaped());
    else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Check before issuing:").toHtmlEscaped());
        for (const QString& w : warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += changes;
    html += QStringLiteral("<hr/>") +
            m_draft->html.section(QStringLiteral("<body"), 1).prepend(QStringLiteral("<div"));
    m_review->setHtml(html);
}

void FilingsPage::makeDraft()
{
    if (!m_document->isLoaded())
        return;
    clearDraft();
    const QStringList choice = m_kind->currentData().toStringList();
    DraftRequest request;
    request.kind = choice.value(0);
    Lang lang = Lang::Ja;
    if (langFromKey(choice.value(1), &lang))
        request.lang = lang;
    request.consignor = choice.value(2);
    request.date = m_date->date();
    FilingService& filings = m_document->workspace().filings();
    DraftedFiling drafted = filings.draft(m_document->incidentId(), request);
    if (drafted.ok() && drafted.lateReasonWanted) {
        bool ok = false;
        request.lateReason = Dialogs::textInput(this, tr("GDPR Art. 33 notification"),
                                                tr("More than 72 hours have passed since the organisation "
                                                   "became aware of the breach. Reasons for the delay:"),
                                                QString(), &ok);
        if (!ok)
            return;
        drafted = filings.draft(m_document->incidentId(), request);
    }
    if (!drafted.ok()) {
        Dialogs::warning(this, tr("Filings"), tr("The document could not be drafted."), drafted.message);
        return;
    }
    m_draft = drafted.draft;
    m_report = drafted.report;
    showItems(m_report ? &*m_report : nullptr);
    m_warnings = int(drafted.errors.size() + drafted.warnings.size());
    showReview(drafted.errors + drafted.warnings, drafted.changesHtml());
    m_issueButton->setEnabled(true);
    m_htmlButton->setEnabled(true);
    updateOutputs();
}

void FilingsPage::issueDraft()
{
    if (!m_draft || !m_document->isLoaded())
        return;
    QString question = tr("Issue \"%1\"? An issued document is frozen: later edits of the incident do not "
                          "change it.")
                           .arg(m_draft->title);
    if (m_warnings > 0)
        question += QLatin1Char('\n') +
                    tr("%n warning(s) listed beside the draft have not been resolved.", "", m_warnings);
    if (Dialogs::question(this, tr("Issue document"), question) != QMessageBox::Yes)
        return;
    QString message;
    if (!m_document->workspace().filings().issue(*m_draft, m_document->incident(), nullptr, &message)) {
        Dialogs::warning(this, tr("Issue document"), tr("The document could not be issued."), message);
        return;
    }
    clearDraft(); // (the register refreshed when the service announced the document)
}

bool FilingsPage::hasSelectedIssued() const
{
    return m_document->isLoaded() && !m_issued->selectedItems().isEmpty();
}

std::optional<IssuedDocument> FilingsPage::selectedIssued(QString* error) const
{
    if (!hasSelectedIssued())
        return std::nullopt;
    StorageError storage;
    std::optional<IssuedDocument> doc = m_document->workspace().filings().issuedDocument(
        m_issued->selectedItems().first()->data(Qt::UserRole).toLongLong(), &storage);
    if (!doc && error)
        *error = storage.text();
    return doc;
}

void FilingsPage::markSubmitted()
{
    const QList<QTableWidgetItem*> selected = m_register->selectedItems();
    if (selected.isEmpty() || !m_document->isLoaded()) {
        Dialogs::information(this, tr("Mark submitted"), tr("Select a filing in the register first."));
        return;
    }
    const QString key = selected.first()->data(Qt::UserRole).toString();
    if (key.startsWith(QLatin1String(FilingKey::HandoverPrefix))) {
        Dialogs::information(
            this, tr("Mark submitted"),
            tr("A hand-over is recorded when its encrypted file is written: there is nothing to "
               "mark."));
        return;
    }
    if (key.startsWith(QLatin1String(FilingKey::PublishedEditionPrefix))) {
        Dialogs::information(
            this, tr("Mark submitted"),
            tr("This edition is recorded as published on its day: there is nothing to mark."));
        return;
    }
    // One question (date, then the receipt number) so that it stays a single step for the officer.
    bool ok = false;
    const QString answer = Dialogs::textInput(
        this, tr("Mark submitted"), tr("Submitted on (YYYY-MM-DD) and the receipt number:"),
        m_document->workspace().today().toString(Qt::ISODate) + QLatin1Char(' '), &ok);
    if (!ok)
        return;
    const QString dateText = answer.trimmed().section(QLatin1Char(' '), 0, 0);
    const QString receipt = answer.trimmed().section(QLatin1Char(' '), 1).trimmed();
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid()) {
        Dialogs::warning(this, tr("Mark submitted"), tr("\"%1\" is not a date.").arg(dateText));
        return;
    }
    StorageError error;
    if (!m_document->workspace().filings().markSubmitted(m_document->incidentId(), key, date, receipt,
                                                         &error)) {
        Dialogs::warning(this, tr("Mark submitted"), tr("The filing could not be marked submitted."),
                         error.text());
        return;
    }
    // A notice to a consignor client also records the notice's day on its data sets (ObligationRepository).
    m_document->refreshFromStorage();
}

void FilingsPage::recordPublishedEdition()
{
    if (!m_document->isLoaded())
        return;
    const QString title = tr("Record published edition");
    bool ok = false;
    const QString answer = Dialogs::textInput(
        this, title,
        tr("An edition of the public notice published outside BreachDesk: its number, language(s) "
           "(ja, en or ja,en), the day it was published (YYYY-MM-DD), and optionally where (an address "
           "starting with http) and a note. For example: 1 ja 2024-10-07 https://example.co.jp/news"),
        QString(), &ok);
    if (!ok)
        return;
    const QStringList words = answer.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PublishedEdition edition;
    bool isNumber = false;
    edition.edition = words.value(0).toInt(&isNumber);
    if (!isNumber || edition.edition < 1) {
        Dialogs::warning(this, title, tr("\"%1\" is not an edition number (1, 2, …).").arg(words.value(0)));
        return;
    }
    for (const QString& key : words.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Lang lang = Lang::Ja;
        if (!langFromKey(key.trimmed().toLower(), &lang)) {
            Dialogs::warning(this, title, tr("\"%1\" is not a language: write ja, en or ja,en.").arg(key));
            return;
        }
        if (!edition.languages.contains(lang))
            edition.languages.append(lang);
    }
    if (edition.languages.isEmpty()) {
        Dialogs::warning(this, title, tr("Say in which language(s) it was published: ja, en or ja,en."));
        return;
    }
    edition.publishedOn = QDate::fromString(words.value(2), QStringLiteral("yyyy-MM-dd"));
    if (!edition.publishedOn.isValid()) {
        Dialogs::warning(this, title, tr("\"%1\" is not a date (YYYY-MM-DD).").arg(words.value(2)));
        return;
    }
    QStringList rest = words.mid(3);
    if (!rest.isEmpty() && rest.first().contains(QLatin1String("://")))
        edition.url = rest.takeFirst();
    edition.note = rest.join(QLatin1Char(' '));
    StorageError error;
    if (!m_document->workspace().filings().recordPublishedEdition(m_document->incidentId(), edition, &error))
        Dialogs::warning(this, title, tr("The edition could not be recorded."), error.text());
    clearDraft(); // a public notice drafted before has the wrong number now
}

} // namespace bd
