#include "documentspage.h"

#include "builtintemplates.h"
#include "dialogs.h"
#include "incidentdocument.h"
#include "letterbatchdialog.h"
#include "letterprinting.h"
#include "localization.h"
#include "odtwriter.h"
#include "pdfpreview.h"
#include "pdfrenderer.h"
#include "placeholderpalette.h"
#include "recipientcursor.h"
#include "templateeditor.h"
#include "templateservice.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <poppler-qt6.h>

namespace bd {

namespace {

constexpr int saveDelayMs = 400;
constexpr int previewDelayMs = 150;
constexpr int sampleSize = 20;

int side(Lang lang)
{
    return lang == Lang::Ja ? 0 : 1;
}

} // namespace

DocumentsPage::DocumentsPage(IncidentDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_groupCombo(new QComboBox), m_kindCombo(new QComboBox),
      m_dateStyleCombo(new QComboBox), m_resetButton(new QPushButton(tr("Reset to built-in…"))),
      m_stateLabel(new QLabel), m_palette(new PlaceholderPalette), m_preview(new PdfPreview),
      m_previewLangCombo(new QComboBox), m_recipientLabel(new QLabel), m_problems(new QListWidget),
      m_patternEdit(new QLineEdit(QStringLiteral("{group}-{row}-{name}"))),
      m_watcher(new QFutureWatcher<PreviewResult>(this))
{
    m_groupCombo->setObjectName(QStringLiteral("groupCombo"));
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_dateStyleCombo->setObjectName(QStringLiteral("dateStyleCombo"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_stateLabel->setObjectName(QStringLiteral("draftStateLabel"));
    m_previewLangCombo->setObjectName(QStringLiteral("previewLangCombo"));
    m_recipientLabel->setObjectName(QStringLiteral("previewRecipientLabel"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_patternEdit->setObjectName(QStringLiteral("patternEdit"));
    m_patternEdit->setToolTip(tr("File names of one PDF per recipient: {group}, {row}, {name}, {lang}, "
                                 "{index}, {id}"));

    for (const QString& kind : BuiltinTemplates::kinds())
        m_kindCombo->addItem(BuiltinTemplates::kindTitle(kind), kind);
    m_dateStyleCombo->addItem(tr("Western (2024年12月25日)"), QStringLiteral("seireki"));
    m_dateStyleCombo->addItem(tr("Japanese era (令和6年12月25日)"), QStringLiteral("wareki"));
    m_previewLangCombo->addItem(tr("Recipient's language"), QStringLiteral("auto"));
    m_previewLangCombo->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_previewLangCombo->addItem(tr("English"), QStringLiteral("en"));
    m_palette->populate(Localization::currentLanguage() == QLatin1String("ja"));

    // Long group and document names must not widen the window: the combo boxes elide them.
    for (QComboBox* combo : {m_groupCombo, m_kindCombo, m_dateStyleCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Group:")));
    top->addWidget(m_groupCombo, 1);
    top->addWidget(new QLabel(tr("Document:")));
    top->addWidget(m_kindCombo, 1);
    top->addWidget(new QLabel(tr("Dates:")));
    top->addWidget(m_dateStyleCombo);
    top->addWidget(m_resetButton);
    top->addWidget(m_stateLabel, 1);

    auto* editors = new QSplitter(Qt::Horizontal);
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        auto* box = new QGroupBox(lang == Lang::Ja ? tr("Japanese") : tr("English"));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        auto* editor = new TemplateEditor;
        editor->setObjectName(lang == Lang::Ja ? QStringLiteral("editorJa") : QStringLiteral("editorEn"));
        boxLayout->addWidget(editor);
        editors->addWidget(box);
        m_editors[side(lang)] = editor;
        connect(editor, &TemplateEditor::edited, this, [this, lang] { editorEdited(lang); });
        connect(editor, &TemplateEditor::focused, this, [this, lang] { m_activeLang = lang; });
    }
    connect(m_palette, &PlaceholderPalette::insertRequested, this,
            [this](const QString& snippet) { editor(m_activeLang)->insertSnippet(snippet); });

    // The preview: recipient stepping above the PDF.
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* stepRow = new QHBoxLayout;
    auto* prev = new QPushButton(tr("◀"));
    auto* next = new QPushButton(tr("▶"));
    auto* sample = new QPushButton(tr("Sample %1").arg(sampleSize));
    prev->setObjectName(QStringLiteral("previousRecipientButton"));
    next->setObjectName(QStringLiteral("nextRecipientButton"));
    sample->setObjectName(QStringLiteral("sampleButton"));
    prev->setToolTip(tr("Previous recipient"));
    next->setToolTip(tr("Next recipient"));
    sample->setToolTip(tr("Step through %1 recipients chosen at random").arg(sampleSize));
    for (QPushButton* b : {prev, next})
        b->setMaximumWidth(40);
    connect(prev, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(sample, &QPushButton::clicked, this, &DocumentsPage::startSample);
    stepRow->addWidget(prev);
    stepRow->addWidget(m_recipientLabel, 1);
    stepRow->addWidget(next);
    stepRow->addWidget(sample);
    stepRow->addWidget(m_previewLangCombo);
    previewLayout->addLayout(stepRow);
    previewLayout->addWidget(m_preview, 1);

    auto* main = new QSplitter(Qt::Horizontal);
    main->addWidget(m_palette);
    main->addWidget(editors);
    main->addWidget(previewBox);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 2);
    m_palette->setMinimumWidth(120);
    editors->setMinimumWidth(360);
    previewBox->setMinimumWidth(240);
    main->setSizes({150, 700, 520});

    // Problems and outputs.
    auto* bottom = new QHBoxLayout;
    auto* problemsBox = new QGroupBox(tr("Problems (click to go to the place to fix)"));
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_problems);
    m_problems->setMaximumHeight(140);
    bottom->addWidget(problemsBox, 1);
    auto* outputBox = new QGroupBox(tr("Output"));
    auto* outputLayout = new QFormLayout(outputBox);
    auto* merged = new QPushButton(tr("Merged PDF…"));
    auto* each = new QPushButton(tr("One PDF per recipient…"));
    auto* odt = new QPushButton(tr("ODT of the draft…"));
    auto* print = new QPushButton(tr("Print…"));
    auto* issue = new QPushButton(tr("Issue…"));
    issue->setObjectName(QStringLiteral("issueButton"));
    issue->setToolTip(
        tr("Until they are issued, letters are drafts marked 下書き / DRAFT on every page. Issuing "
           "writes them without the mark and records the batch as sent."));
    merged->setObjectName(QStringLiteral("exportMergedButton"));
    each->setObjectName(QStringLiteral("exportEachButton"));
    odt->setObjectName(QStringLiteral("exportOdtButton"));
    print->setObjectName(QStringLiteral("printButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {merged, each, odt, print, issue})
        buttons->addWidget(b);
    outputLayout->addRow(buttons);
    outputLayout->addRow(tr("File names:"), m_patternEdit);
    bottom->addWidget(outputBox);
    connect(merged, &QPushButton::clicked, this, &DocumentsPage::exportMergedClicked);
    connect(each, &QPushButton::clicked, this, &DocumentsPage::exportEachClicked);
    connect(odt, &QPushButton::clicked, this, &DocumentsPage::exportOdtClicked);
    connect(print, &QPushButton::clicked, this, &DocumentsPage::printClicked);
    connect(issue, &QPushButton::clicked, this, &DocumentsPage::issueClicked);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(main, 1);
    layout->addLayout(bottom);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DocumentsPage::saveNow);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        applyEdits();
        refreshProblems();
        startPreview();
    });
    connect(m_watcher, &QFutureWatcher<PreviewResult>::finished, this, &DocumentsPage::previewFinished);
    connect(m_problems, &QListWidget::itemActivated, this, &DocumentsPage::problemActivated);
    connect(m_problems, &QListWidget::itemClicked, this, &DocumentsPage::problemActivated);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] {
        saveNow();
        loadSession();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        saveNow();
        loadSession();
    });
    connect(m_dateStyleCombo, &QComboBox::activated, this, &DocumentsPage::dateStyleChanged);
    connect(m_previewLangCombo, &QComboBox::currentIndexChanged, this, &DocumentsPage::schedulePreview);
    connect(m_resetButton, &QPushButton::clicked, this, &DocumentsPage::resetClicked);
    // The incident's facts feed the letters: re-read them (keeping the editors' text) after a change.
    for (auto signal :
         {&IncidentDocument::dataSetsChanged, &IncidentDocument::timelineChanged, &IncidentDocument::saved})
        connect(document, signal, this, [this] {
            if (!m_sessionOk)
                return;
            const QString ja = m_session.templateText(Lang::Ja), en = m_session.templateText(Lang::En);
            LetterRequest request = m_session.request();
            request.dateStyle = m_session.dateStyle();
            if (m_session.load(m_document->database(), request, &m_loadError)) {
                m_session.setTemplateText(Lang::Ja, ja);
                m_session.setTemplateText(Lang::En, en);
                schedulePreview();
            }
        });
    connect(document, &IncidentDocument::loaded, this, &DocumentsPage::reloadGroups);
    reloadGroups();
}

DocumentsPage::~DocumentsPage()
{
    saveNow();
    m_watcher->waitForFinished();
}

void DocumentsPage::reloadGroups()
{
    saveNow(); // the open session's incident, which may no longer be the document's
    const QString current = m_groupCombo->currentData().toString();
    QSignalBlocker block(m_groupCombo);
    m_groupCombo->clear();
    if (m_document->isLoaded()) {
        StorageError error;
        RecipientRepository repo(m_document->database());
        const bool japanese = Localization::currentLanguage() == QLatin1String("ja");
        for (const RecipientGroup& g : repo.groups(m_document->incidentId(), &error)) {
            const QString label = japanese ? (g.labelJa.isEmpty() ? g.labelEn : g.labelJa)
                                           : (g.labelEn.isEmpty() ? g.labelJa : g.labelEn);
            m_groupCombo->addItem(label.isEmpty() ? g.key : label, g.key);
        }
    }
    const int index = m_groupCombo->findData(current);
    m_groupCombo->setCurrentIndex(index >= 0 ? index : std::min(1, m_groupCombo->count() - 1));
    loadSession();
}

void DocumentsPage::selectGroup(const QString& key)
{
    const int index = m_groupCombo->findData(key);
    if (index >= 0)
        m_groupCombo->setCurrentIndex(index);
}

void DocumentsPage::selectKind(const QString& kind)
{
    const int index = m_kindCombo->findData(kind);
    if (index >= 0)
        m_kindCombo->setCurrentIndex(index);
}

void DocumentsPage::loadSession()
{
    m_sessionOk = false;
    m_dirty = {false, false};
    m_sample.clear();
    m_samplePos = -1;
    if (!m_document->isLoaded() || m_groupCombo->currentIndex() < 0) {
        m_preview->clear(tr("Add a recipient group on the Recipients page first."));
        m_problems->clear();
        return;
    }
    LetterRequest request;
    request.incidentId = m_document->incidentId();
    request.groupKey = m_groupCombo->currentData().toString();
    request.kind = m_kindCombo->currentData().toString();
    m_sessionOk = m_session.load(m_document->database(), request, &m_loadError);
    if (!m_sessionOk) {
        m_preview->clear(m_loadError);
        return;
    }
    m_dateStyleCombo->setCurrentIndex(m_session.dateStyle() == DateStyle::Wareki ? 1 : 0);
    StorageError error;
    m_recipients = RecipientCursor::count(m_document->database(), m_session.group().id, &error);
    m_index = 0;
    m_recipient = m_recipients > 0
                      ? RecipientCursor::at(m_document->database(), m_session.group().id, 0, &error)
                      : std::nullopt;
    loadEditors();
    scanRecipients();
    refreshProblems();
    updateRecipientLabel();
    startPreview();
}

void DocumentsPage::loadEditors()
{
    const bool rich = m_session.format() == TemplateFormat::Html;
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        editor(lang)->setTemplate(m_session.templateText(lang), rich);
        if (rich) // what the editor makes of the text is what is rendered from now on
            m_session.setTemplateText(lang, editor(lang)->templateText());
    }
    StorageError error;
    TemplateService& templates = m_document->workspace().templates();
    bool copy = false;
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const auto draft =
            templates.load(m_document->incidentId(),
                           {m_session.request().kind, m_session.group().key, langKey(lang)}, &error);
        copy = copy || (draft && draft->isCopy);
    }
    m_stateLabel->setText(copy ? tr("This incident's own draft") : tr("Built-in template"));
    m_resetButton->setEnabled(copy);
}

void DocumentsPage::editorEdited(Lang lang)
{
    m_dirty[side(lang)] = true;
    m_activeLang = lang;
    if (!m_editPending) {
        m_editClock.start();
        m_editPending = true;
    }
    m_saveTimer.start();
    m_previewTimer.start();
}

void DocumentsPage::applyEdits()
{
    if (!m_sessionOk)
        return;
    for (const Lang lang : {Lang::Ja, Lang::En})
        if (m_dirty[side(lang)])
            m_session.setTemplateText(lang, editor(lang)->templateText());
}

void DocumentsPage::saveNow()
{
    m_saveTimer.stop();
    if (!m_sessionOk || (!m_dirty[0] && !m_dirty[1]))
        return;
    applyEdits();
    TemplateService& templates = m_document->workspace().templates();
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        if (!m_dirty[side(lang)])
            continue;
        StorageError error;
        if (!templates.save(m_session.request().incidentId,
                            {m_session.request().kind, m_session.group().key, langKey(lang)},
                            m_session.templateText(lang), &error)) {
            Dialogs::warning(this, tr("Documents"), tr("The draft could not be saved."), error.text());
            return;
        }
        m_dirty[side(lang)] = false;
    }
    m_stateLabel->setText(tr("This incident's own draft — saved"));
    m_resetButton->setEnabled(true);
}

Lang DocumentsPage::previewLang() const
{
    const QString choice = m_previewLangCombo->currentData().toString();
    if (choice == QLatin1String("ja"))
        return Lang::Ja;
    if (choice == QLatin1String("en"))
        return Lang::En;
    return m_recipient ? m_session.languageOf(*m_recipient) : m_activeLang;
}

QString DocumentsPage::currentHtml() const
{
    const Lang lang = previewLang();
    return m_session.printableHtml(m_recipient ? m_session.render(*m_recipient, lang)
                                               : m_session.renderWithoutRecipient(lang));
}

void DocumentsPage::schedulePreview()
{
    m_previewTimer.start();
}

void DocumentsPage::startPreview()
{
    if (!m_sessionOk)
        return;
    // Nobody looks at a hidden page: its preview is made when it is shown (start-up builds every page).
    m_previewWhenShown = !isVisible();
    if (m_previewWhenShown)
        return;
    if (m_watcher->isRunning()) {
        m_previewQueued = true; // one more when this one is done
        return;
    }
    const int generation = ++m_generation;
    const QString html = currentHtml();
    const int page = m_preview->currentPage();
    const qreal dpi = m_preview->dpi();
    PdfInfo info;
    info.language = langKey(previewLang());
    m_watcher->setFuture(QtConcurrent::run([generation, html, page, dpi, info] {
        PreviewResult result;
        result.generation = generation;
        result.pdf = PdfRenderer(PageSetup{}, info).render(html, &result.error);
        if (result.pdf.isEmpty())
            return result;
        if (std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(result.pdf)) {
            result.picture = PdfPreview::renderPage(*doc, std::min(page, doc->numPages() - 1), dpi);
            result.dpi = dpi;
        }
        return result;
    }));
}

void DocumentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewWhenShown)
        startPreview();
}

void DocumentsPage::previewFinished()
{
    const PreviewResult result = m_watcher->result();
    if (m_previewQueued) {
        m_previewQueued = false;
        startPreview();
    }
    if (result.generation != m_generation && m_watcher->isRunning())
        return; // a newer one is on its way
    if (result.pdf.isEmpty()) {
        m_preview->clear(result.error);
        return;
    }
    const int page = std::min(m_preview->currentPage(), 1000);
    m_preview->setPdf(result.pdf, page, result.picture, result.dpi);
    ++m_previewCount;
    if (m_editPending && !m_watcher->isRunning()) {
        m_editToPreviewMs = m_editClock.elapsed();
        m_editPending = false;
    }
    emit previewUpdated();
}

void DocumentsPage::showRecipient(int index)
{
    if (m_recipients <= 0)
        return;
    m_index = std::clamp(index, 0, m_recipients - 1);
    StorageError error;
    m_recipient = RecipientCursor::at(m_document->database(), m_session.group().id, m_index, &error);
    updateRecipientLabel();
    startPreview();
}

void DocumentsPage::step(int delta)
{
    if (m_samplePos >= 0) {
        m_samplePos = std::clamp(m_samplePos + delta, 0, int(m_sample.size()) - 1);
        showRecipient(m_sample.at(m_samplePos));
        return;
    }
    showRecipient(m_index + delta);
}

void DocumentsPage::startSample()
{
    if (m_recipients <= 0)
        return;
    QList<int> all;
    if (m_recipients <= sampleSize) {
        for (int i = 0; i < m_recipients; ++i)
            all.append(i);
    } else {
        QSet<int> picked;
        while (picked.size() < sampleSize)
            picked.insert(int(QRandomGenerator::global()->bounded(m_recipients)));
        all = picked.values();
        std::sort(all.begin(), all.end());
    }
    m_sample = all;
    m_samplePos = 0;
    showRecipient(m_sample.constFirst());
}

void DocumentsPage::updateRecipientLabel()
{
    if (!m_recipient) {
        m_recipientLabel->setText(tr("No recipients: the draft is shown with empty recipient fields"));
        return;
    }
    const QString who = m_session.footerLabel(*m_recipient);
    m_recipientLabel->setText(
        m_samplePos >= 0 ? tr("Sample %1 of %2: %3").arg(m_samplePos + 1).arg(m_sample.size()).arg(who)
                         : tr("Recipient %1 of %2: %3").arg(m_index + 1).arg(m_recipients).arg(who));
}

void DocumentsPage::resetClicked()
{
    if (!m_sessionOk)
        return;
    if (Dialogs::question(
            this, tr("Reset to built-in"),
            tr("Replace this incident's Japanese and English drafts of \"%1\" with the built-in "
               "templates? Your changes to them are lost.")
                .arg(m_kindCombo->currentText())) != QMessageBox::Yes)
        return;
    m_saveTimer.stop();
    m_dirty = {false, false};
    TemplateService& templates = m_document->workspace().templates();
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        StorageError error;
        if (!templates.reset(m_document->incidentId(),
                             {m_session.request().kind, m_session.group().key, langKey(lang)}, &error)) {
            Dialogs::warning(this, tr("Documents"), tr("The draft could not be reset."), error.text());
            return;
        }
    }
    loadSession();
}

void DocumentsPage::dateStyleChanged()
{
    if (!m_sessionOk)
        return;
    const QString key = m_dateStyleCombo->currentData().toString();
    DateStyle style = DateStyle::Seireki;
    dateStyleFromKey(key, &style);
    StorageError error;
    m_document->workspace().templates().setDateStyle(m_document->incidentId(), m_session.request().kind,
                                                     m_session.group().key, key, &error);
    m_session.setDateStyle(style);
    startPreview();
}

} // namespace bd
