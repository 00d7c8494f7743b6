#include "importdialog.h"

#include "dialogs.h"
#include "labels.h"
#include "recipientimport.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace bd {

namespace {

// The encodings offered; UTF-8 with and without BOM read the same but are shown apart, as Excel saves both.
struct EncodingChoice
{
    TextEncoding encoding;
    bool bom;
};
constexpr EncodingChoice encodingChoices[] = {
    {TextEncoding::Utf8, false},   {TextEncoding::Utf8, true},   {TextEncoding::Utf16LE, true},
    {TextEncoding::Utf16BE, true}, {TextEncoding::Cp932, false},
};

QString encodingChoiceLabel(const EncodingChoice& c)
{
    if (c.encoding == TextEncoding::Utf8)
        return c.bom ? ImportDialog::tr("UTF-8 with BOM") : ImportDialog::tr("UTF-8");
    return textEncodingDisplayName(c.encoding);
}

// Problems and duplicates shown at most; the summary gives the full counts.
constexpr int MaxListedProblems = 2000;

// An identical row: imported once.
QString identicalText(const ImportDuplicate& d)
{
    return d.firstRow > 0
               ? ImportDialog::tr("Identical to row %1: imported once.").arg(QLocale().toString(d.firstRow))
               : ImportDialog::tr("Identical to a recipient already in the group: not imported "
                                  "again.");
}

// A row that resembles another: imported and marked.
QString possibleDuplicateText(const Recipient& r)
{
    const QString what = r.possibleDuplicate == DuplicateKind::Email ? ImportDialog::tr("e-mail")
                                                                     : ImportDialog::tr("name and address");
    return r.possibleDuplicateOfRow > 0
               ? ImportDialog::tr("Possible duplicate: same %1 as row %2 but another field differs; imported "
                                  "and marked.")
                     .arg(what, QLocale().toString(r.possibleDuplicateOfRow))
               : ImportDialog::tr(
                     "Possible duplicate: same %1 as a recipient already in the group but another "
                     "field differs; imported and marked.")
                     .arg(what);
}

QString interfaceLanguage()
{
    return Labels::interfaceIsJapanese() ? QStringLiteral("ja") : QStringLiteral("en");
}

} // namespace

struct ImportDialog::Job
{
    QString path;
    SourceFileOptions options;
    ColumnMapping mapping;
    ImportOptions importOptions;
    // Loading (a new file, encoding or sheet): the header and the first rows are read for the preview and
    // the mapping is chosen (kept when the columns are the same as before, else remembered or guessed).
    bool load = false;
    QStringList previousHeader;
    ColumnMapping previousMapping;
    QString rememberedMapping;

    std::atomic_bool cancel{false};
    std::atomic_int permille{0};
    std::atomic_int rows{0};
    // Set (release) once the fields below are written; the worker does not touch them after that.
    std::atomic_bool previewReady{false};
    QString loadError; // the file could not be read at all
    SourceFile::Format format = SourceFile::Format::Csv;
    EncodingDetection detection;
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList sheetNames;
    QStringList header;
    QList<SourceRecord> preview;
    ImportPlan plan;

    // Runs on the worker thread: touches nothing but this job (no widgets, no database). Reading a workbook
    // polls `cancel` every 64 KiB, so that the dialog can be closed while a big file is read.
    void run()
    {
        options.cancelled = [this] { return cancel.load(std::memory_order_relaxed); };
        RecipientImport session;
        if (!session.open(path, options)) {
            loadError = session.errorString();
            plan.fatalError = loadError;
            return;
        }
        if (load) {
            const QList<SourceRecord> first = session.readPreview(PreviewRows); // planned too
            format = session.file().format();
            detection = session.file().detection();
            encoding = session.file().encoding();
            sheetNames = session.file().sheetNames();
            header = session.header().cells;
            for (const SourceRecord& r : first) {
                if (!r.isBlank())
                    preview.append(r);
            }
            // The same columns as before (another UTF-8 variant chosen, the same file again) keep the
            // user's mapping.
            mapping = header == previousHeader ? previousMapping
                                               : RecipientImport::initialMapping(header, rememberedMapping);
            previewReady.store(true, std::memory_order_release);
        }
        plan = session.plan(mapping, std::move(importOptions), [this](int read, double fraction) {
            rows.store(read, std::memory_order_relaxed);
            permille.store(int(fraction * 1000), std::memory_order_relaxed);
            return !cancel.load(std::memory_order_relaxed);
        });
    }
};

struct ImportDialog::SaveJob
{
    QString workspace;
    qint64 groupId = 0;
    QList<Recipient> rows;
    ImportCommit commit;
    std::atomic_bool cancel{false};
    std::atomic_int saved{0};
    bool committed = false;
    ImportCommitOutcome outcome;
    StorageError error;

    // Runs on the worker thread with a connection of its own: a QtSql connection may only be used by the
    // thread that opened it. The GUI thread's connection goes on reading (WAL) meanwhile.
    void run()
    {
        Database db;
        if (db.open(workspace, OpenMode{}, &error))
            save(db);
    }

    // One transaction: every row and the remembered mapping, or (cancelled, failed) nothing. Rows that are
    // in the group by then (another import) are left out there.
    void save(Database& db)
    {
        committed =
            RecipientService::writeImport(db, groupId, rows, commit, &outcome, &error, [this](int written) {
                saved.store(written, std::memory_order_relaxed);
                return !cancel.load(std::memory_order_relaxed);
            });
    }
};

ImportDialog::ImportDialog(Workspace& workspace, const RecipientGroup& group, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_group(group), m_fileLabel(new QLabel),
      m_encoding(new QComboBox), m_encodingLabel(new QLabel(tr("&Encoding:"))), m_sheet(new QComboBox),
      m_sheetLabel(new QLabel(tr("&Sheet:"))), m_preview(new QTableWidget), m_summary(new QLabel),
      m_progress(new QProgressBar), m_problems(new QTableWidget), m_addRejected(new QCheckBox),
      m_importButton(new QPushButton), m_progressTimer(new QTimer(this)), m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import recipients"));
    resize(960, 680);

    StorageError error;
    m_importOptions = m_workspace.recipients().importOptions(m_group, QString(), &error);
    if (error)
        m_error = error.text();

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* chooseButton = new QPushButton(tr("&Choose file…"));
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_encoding->setObjectName(QStringLiteral("encodingComboBox"));
    for (const EncodingChoice& c : encodingChoices)
        m_encoding->addItem(encodingChoiceLabel(c));
    m_encodingLabel->setBuddy(m_encoding);
    m_sheet->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::encodingChosen);
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::sheetChosen);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(chooseButton);
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_encodingLabel);
    formatRow->addWidget(m_encoding);
    formatRow->addWidget(m_sheetLabel);
    formatRow->addWidget(m_sheet);
    formatRow->addStretch();

    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("planProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportDialog::showProgress);
    m_saveTimer->setInterval(100);
    connect(m_saveTimer, &QTimer::timeout, this, &ImportDialog::showSaveProgress);

    m_problems->setObjectName(QStringLiteral("problemsTable"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 80);
    m_problems->setColumnWidth(1, 160);

    m_addRejected->setObjectName(QStringLiteral("addRejectedCheckBox"));
    m_addRejected->setToolTip(
        tr("They are added as excluded, so that nobody is sent a letter before the row is "
           "fixed and included again."));
    connect(m_addRejected, &QCheckBox::toggled, this, &ImportDialog::updateButtons);

    auto* buttons = new QDialogButtonBox;
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::commit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(formatRow);
    layout->addWidget(new QLabel(tr("First rows of the file, and the field each column goes to:")));
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 2);
    layout->addWidget(m_addRejected);
    layout->addWidget(buttons);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    stopPlanning();
    if (m_saveThread) { // (the parent went away mid-save: roll back rather than leave a thread running)
        m_saveJob->cancel = true;
        m_saveThread->wait();
        delete m_saveThread;
    }
}

void ImportDialog::reject()
{
    if (isSaving()) {
        cancelSaving();
        return;
    }
    stopPlanning(); // a file being read stops within 64 KiB
    QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString path = Dialogs::openFileName(this, tr("Import recipients"),
                                               tr("Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty() && !setFile(path))
        Dialogs::warning(this, tr("Import recipients"), m_error);
}

bool ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_options = SourceFileOptions();
    m_chosenEncoding = -1;
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(QFileInfo(path).absoluteFilePath());
    m_importOptions.sourceFile = QFileInfo(path).fileName();
    return loadFile();
}

// Starts reading the file on the worker thread; the preview and the mapping are shown as soon as the first
// rows are read (showPreview), the plan when the whole file is. False only when the file cannot be opened;
// a file that turns out unreadable shows its error in the summary.
bool ImportDialog::loadFile()
{
    stopPlanning();
    m_planValid = false;
    m_previewShown = false;
    if (!m_header.isEmpty()) // (not when a load is replaced before its preview was shown)
        m_previousHeader = m_header;
    m_header.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("bd::Recipients", "The file could not be opened: %1")
                      .arg(file.errorString());
        m_summary->setText(m_error);
        updateButtons();
        return false;
    }
    const bool csv = SourceFile::formatOf(&file) == SourceFile::Format::Csv;
    file.close();
    m_encodingLabel->setVisible(csv);
    m_encoding->setVisible(csv);
    m_sheetLabel->setVisible(!csv);
    m_sheet->setVisible(!csv);
    m_error.clear();
    startJob(true);
    return true;
}

void ImportDialog::showPreview(const Job& job)
{
    if (m_previewShown)
        return;
    m_previewShown = true;
    m_filling = true;
    if (job.format == SourceFile::Format::Csv) {
        const EncodingDetection detected = job.detection;
        if (m_chosenEncoding >= 0)
            m_encoding->setCurrentIndex(m_chosenEncoding);
        for (int i = 0; i < m_encoding->count(); ++i) {
            const EncodingChoice& c = encodingChoices[i];
            const bool isDetected = c.encoding == detected.encoding &&
                                    (c.encoding != TextEncoding::Utf8 || c.bom == (detected.bomLength > 0));
            m_encoding->setItemText(i, isDetected ? tr("%1 (detected)").arg(encodingChoiceLabel(c))
                                                  : encodingChoiceLabel(c));
            const bool isUsed = c.encoding == job.encoding &&
                                (c.encoding != TextEncoding::Utf8 || c.bom == (detected.bomLength > 0));
            if (m_chosenEncoding < 0 && isUsed)
                m_encoding->setCurrentIndex(i);
        }
    } else if (m_sheet->count() != job.sheetNames.size() || m_options.sheet.isEmpty()) {
        m_sheet->clear();
        m_sheet->addItems(job.sheetNames);
        m_sheet->setCurrentIndex(0);
    }
    m_filling = false;

    m_header = job.header;
    m_mapping = job.mapping;
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(int(job.preview.size()) + 1);
    QStringList headerLabels;
    for (int c = 0; c < m_header.size(); ++c)
        headerLabels.append(QStringLiteral("%1\n%2").arg(c + 1).arg(m_header.at(c)));
    m_preview->setHorizontalHeaderLabels(headerLabels);
    m_preview->setVerticalHeaderItem(0, new QTableWidgetItem(tr("Field")));
    for (int r = 0; r < job.preview.size(); ++r) {
        const SourceRecord& record = job.preview.at(r);
        m_preview->setVerticalHeaderItem(r + 1, new QTableWidgetItem(QString::number(record.row)));
        for (int c = 0; c < record.cells.size() && c < m_header.size(); ++c)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(record.cells.at(c)));
    }
    fillMappingRow();
}

void ImportDialog::fillMappingRow()
{
    const QString language = interfaceLanguage();
    for (int column = 0; column < m_header.size(); ++column) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingComboBox%1").arg(column));
        combo->addItem(tr("(ignore)"), QString());
        for (RecipientField f : recipientFields())
            combo->addItem(recipientFieldLabel(f, language), recipientFieldKey(f));
        const QString custom =
            customFieldKey(m_header.at(column).trimmed().isEmpty() ? tr("Column %1").arg(column + 1)
                                                                   : m_header.at(column).trimmed());
        combo->addItem(tr("Custom field “%1”").arg(customFieldName(custom)), custom);
        const QString current = m_mapping.field(column);
        int index = combo->findData(current);
        if (index < 0 && isCustomFieldKey(current)) { // a remembered custom name that differs from the header
            combo->addItem(tr("Custom field “%1”").arg(customFieldName(current)), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
        connect(combo, &QComboBox::activated, this,
                [this, column, combo] { setColumnField(column, combo->currentData().toString()); });
        m_preview->setCellWidget(0, column, combo);
    }
}

void ImportDialog::setColumnField(int column, const QString& fieldKey)
{
    m_mapping.setField(column, fieldKey);
    if (auto* combo = qobject_cast<QComboBox*>(m_preview->cellWidget(0, column))) {
        const int index = combo->findData(fieldKey);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    startPlanning();
}

void ImportDialog::encodingChosen(int index)
{
    if (m_filling || index < 0 || index >= int(std::size(encodingChoices)))
        return;
    m_options.encoding = encodingChoices[index].encoding;
    m_chosenEncoding = index;
    loadFile();
}

void ImportDialog::sheetChosen(int index)
{
    if (m_filling || index < 0)
        return;
    m_options.sheet = QString::number(index + 1);
    loadFile();
}

void ImportDialog::startPlanning()
{
    startJob(false);
}

void ImportDialog::startJob(bool load)
{
    stopPlanning();
    m_planValid = false;
    auto job = std::make_shared<Job>();
    job->path = m_path;
    job->options = m_options;
    job->mapping = m_mapping;
    job->importOptions = m_importOptions;
    job->load = load;
    job->previousHeader = m_previousHeader;
    job->previousMapping = m_mapping;
    job->rememberedMapping = m_group.columnMapping;
    m_job = job;
    m_thread = QThread::create([job] { job->run(); });
    connect(m_thread, &QThread::finished, this, [this, job] { planFinished(job); });
    m_summary->setText(load ? tr("Reading the file…") : tr("Checking the rows…"));
    m_problems->setRowCount(0);
    m_progress->setValue(0);
    m_progress->show();
    m_progressTimer->start();
    m_thread->start();
    updateButtons();
}

// Cancels a running plan and waits for its thread (it stops within one record).
void ImportDialog::stopPlanning()
{
    if (m_job)
        m_job->cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_job.reset();
    m_progressTimer->stop();
    m_progress->hide();
}

void ImportDialog::planFinished(const std::shared_ptr<Job>& job)
{
    if (job != m_job)
        return; // a plan that was replaced or cancelled
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job.reset();
    m_progressTimer->stop();
    m_progress->hide();
    if (job->load && job->previewReady.load(std::memory_order_acquire))
        showPreview(*job);
    if (!job->loadError.isEmpty()) {
        // Not readable at all (a damaged workbook, a zip bomb, no rows): the reason, and nothing to import.
        m_error = job->loadError;
        m_plan = ImportPlan();
        m_summary->setText(tr("%1 cannot be imported: %2").arg(QFileInfo(m_path).fileName(), m_error));
        updateButtons();
        return;
    }
    m_plan = std::move(job->plan);
    m_planValid = true;
    showPlan();
}

void ImportDialog::showProgress()
{
    if (m_job) {
        if (m_job->load && m_job->previewReady.load(std::memory_order_acquire))
            showPreview(*m_job);
        if (m_job->load && !m_previewShown)
            return; // still reading the header and the first rows ("Reading the file…")
        m_progress->setValue(m_job->permille.load());
        m_summary->setText(tr("Checking the rows… %Ln read", nullptr, m_job->rows.load()));
    }
}

void ImportDialog::showPlan()
{
    QStringList summary{m_plan.summary()};
    const QStringList invalid = m_mapping.validate(m_group.organisations);
    for (const QString& reason : invalid)
        summary.append(tr("Mapping: %1").arg(reason));
    if (m_plan.counts.warnings > 0)
        summary.append(
            tr("%n accepted row(s) have a warning (listed below).", nullptr, m_plan.counts.warnings));
    if (m_plan.counts.possibleDuplicates > 0)
        summary.append(tr("%n row(s) may be the same person as another but differ in some field: they are "
                          "imported and marked, for you to resolve with the filter “Possible duplicates”.",
                          nullptr, m_plan.counts.possibleDuplicates));
    if (m_plan.counts.records == 0 && m_plan.fatalError.isEmpty())
        summary.append(tr("The file has no data rows: there is nothing to import."));
    m_summary->setText(summary.join(QLatin1Char('\n')));

    // Problems and duplicates together, in file order.
    struct Line
    {
        int row;
        QString column;
        QString reason;
    };
    QList<Line> lines;
    for (const ImportProblem& p : std::as_const(m_plan.problems)) {
        if (lines.size() >= MaxListedProblems)
            break;
        const QString column =
            p.column < 0 ? QString()
                         : (p.columnName.isEmpty() ? tr("column %1").arg(p.column + 1) : p.columnName);
        lines.append({p.row, column, p.isError() ? p.message : tr("Warning: %1").arg(p.message)});
    }
    const QLocale locale;
    for (const ImportDuplicate& d : std::as_const(m_plan.duplicates)) {
        if (lines.size() >= 2 * MaxListedProblems)
            break;
        lines.append({d.recipient.sourceRow, QString(), identicalText(d)});
    }
    for (const Recipient& r : std::as_const(m_plan.accepted)) {
        if (lines.size() >= 3 * MaxListedProblems)
            break;
        if (r.possibleDuplicate)
            lines.append({r.sourceRow, QString(), possibleDuplicateText(r)});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.row < b.row; });
    const int total =
        int(m_plan.problems.size() + m_plan.duplicates.size()) + m_plan.counts.possibleDuplicates;
    const int shown = std::min(int(lines.size()), MaxListedProblems);
    m_problems->setUpdatesEnabled(false);
    m_problems->setRowCount(0);
    m_problems->setRowCount(shown + (total > shown ? 1 : 0));
    for (int r = 0; r < shown; ++r) {
        const Line& line = lines.at(r);
        auto* rowItem = new QTableWidgetItem(line.row > 0 ? locale.toString(line.row) : QString());
        rowItem->setData(Qt::UserRole, line.row);
        m_problems->setItem(r, 0, rowItem);
        m_problems->setItem(r, 1, new QTableWidgetItem(line.column));
        m_problems->setItem(r, 2, new QTableWidgetItem(line.reason));
    }
    if (total > shown) {
        m_problems->setItem(shown, 0, new QTableWidgetItem());
        m_problems->setItem(shown, 1, new QTableWidgetItem());
        m_problems->setItem(shown, 2,
                            new QTableWidgetItem(tr("… and %n more not listed.", nullptr, total - shown)));
    }
    m_problems->setUpdatesEnabled(true);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const int rejected = m_planValid ? int(m_plan.rejected.size()) : 0;
    m_addRejected->setText(
        tr("Also add the %n row(s) with problems, excluded, to fix them in the table", nullptr, rejected));
    m_addRejected->setVisible(rejected > 0);
    const int count =
        m_planValid ? int(m_plan.accepted.size()) + (m_addRejected->isChecked() ? rejected : 0) : 0;
    m_importButton->setText(m_planValid && m_addRejected->isChecked() && rejected > 0
                                ? tr("Import %n row(s)", nullptr, count)
                                : tr("Import %n good row(s)", nullptr, count));
    const bool usable = m_planValid && m_plan.fatalError.isEmpty() &&
                        m_mapping.validate(m_group.organisations).isEmpty() && count > 0;
    m_importButton->setEnabled(usable);
}

void ImportDialog::commit()
{
    if (!m_importButton->isEnabled() || isSaving())
        return;
    auto job = std::make_shared<SaveJob>();
    job->workspace = m_workspace.path();
    job->groupId = m_group.id;
    job->rows = m_plan.accepted;
    if (m_addRejected->isChecked()) {
        for (Recipient r : std::as_const(m_plan.rejected)) {
            r.excluded = true;
            job->rows.append(r);
        }
    }
    // Changed since the plan was made: checked again when saving.
    job->commit =
        RecipientImport::commitFor(m_plan, QFileInfo(m_path).fileName(), m_importOptions.groupVersion);
    const int total = int(job->rows.size());
    m_saveJob = job;
    m_importButton->setEnabled(false);
    setInputsEnabled(false); // the rows being saved are fixed: no other file, encoding or mapping meanwhile
    m_summary->setText(tr("Saving %Ln row(s)…", nullptr, total));

    if (job->workspace == QLatin1String(":memory:")) {
        // A private in-memory database cannot be opened a second time: save on this thread (small, tests).
        job->save(m_workspace.database());
        saveFinished(job);
        return;
    }
    m_saveProgress = new QProgressDialog(this);
    m_saveProgress->setObjectName(QStringLiteral("saveProgressDialog"));
    m_saveProgress->setWindowTitle(tr("Import recipients"));
    m_saveProgress->setWindowModality(Qt::WindowModal);
    m_saveProgress->setAutoClose(false);
    m_saveProgress->setAutoReset(false);
    m_saveProgress->setMinimumDuration(300); // a small import is saved before it would show
    m_saveProgress->setRange(0, total);
    m_saveProgress->setValue(0);
    connect(m_saveProgress, &QProgressDialog::canceled, this, &ImportDialog::cancelSaving);
    showSaveProgress();
    m_saveThread = QThread::create([job] { job->run(); });
    connect(m_saveThread, &QThread::finished, this, [this, job] { saveFinished(job); });
    m_saveTimer->start();
    m_saveThread->start();
}

void ImportDialog::setInputsEnabled(bool enabled)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_preview, m_encoding, m_sheet, m_addRejected,
                                         findChild<QPushButton*>(QStringLiteral("chooseFileButton"))})
        if (w)
            w->setEnabled(enabled);
}

void ImportDialog::cancelSaving()
{
    if (!m_saveJob)
        return;
    m_saveJob->cancel = true;
    m_summary->setText(tr("Cancelling: nothing will be saved…"));
}

void ImportDialog::showSaveProgress()
{
    if (!m_saveJob || !m_saveProgress)
        return;
    const int saved = m_saveJob->saved.load(std::memory_order_relaxed);
    m_saveProgress->setLabelText(
        tr("Saving the recipients: %1 of %Ln row(s) saved.", nullptr, m_saveProgress->maximum())
            .arg(QLocale().toString(saved)));
    m_saveProgress->setValue(saved);
}

void ImportDialog::saveFinished(const std::shared_ptr<SaveJob>& job)
{
    if (job != m_saveJob)
        return;
    if (m_saveThread) {
        m_saveThread->wait();
        m_saveThread->deleteLater();
        m_saveThread = nullptr;
    }
    m_saveTimer->stop();
    delete m_saveProgress;
    m_saveProgress = nullptr;
    m_saveJob.reset();
    setInputsEnabled(true);
    if (job->committed) {
        m_workspace.recipients().importSaved(m_group.id, job->rows, job->commit.sourceLabel); // undoable
        m_imported = job->outcome.inserted;
        emit imported(m_imported);
        accept();
        return;
    }
    showPlan(); // the summary and the import button as before the save
    if (job->cancel) {
        m_summary->setText(tr("The import was cancelled: nothing was saved.") + QLatin1Char('\n') +
                           m_summary->text());
        return;
    }
    Dialogs::warning(this, tr("Import recipients"), tr("Nothing was imported: %1").arg(job->error.message),
                     job->error.detail);
}

} // namespace bd
