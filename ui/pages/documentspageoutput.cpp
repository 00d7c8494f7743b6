// The Documents page's outputs: merged PDF, one PDF per recipient, ODT of the draft and print, each only
// after the problems check finds no error.
#include "documentspage.h"

#include "dialogs.h"
#include "filenames.h"
#include "filingservice.h"
#include "incidentdocument.h"
#include "letterbatchdialog.h"
#include "letterprinting.h"
#include "odtwriter.h"
#include "outputfile.h"
#include "stagedfolder.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTemporaryDir>

namespace bd {

namespace {
int side(Lang lang)
{
    return lang == Lang::Ja ? 0 : 1;
}
} // namespace

bool DocumentsPage::checkBeforeOutput()
{
    saveNow();
    if (!m_sessionOk)
        return false;
    scanRecipients();
    refreshProblems();
    QStringList errors;
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        if (m_scan.perLanguage[side(lang)] == 0)
            continue;
        for (const Problem& p : m_session.templateProblems(lang))
            if (p.isError())
                errors << p.message;
    }
    for (const Problem& p : std::as_const(m_scan.problems))
        if (p.isError())
            errors << p.message;
    if (m_recipients == 0)
        errors << tr("The group has no recipients: import them on the Recipients page.");
    if (errors.isEmpty())
        return true;
    Dialogs::warning(this, tr("Documents"),
                     tr("Nothing was written: fix the problems listed under the draft first."),
                     errors.mid(0, 20).join(QLatin1Char('\n')));
    return false;
}

bool DocumentsPage::planOutput(LetterIntent intent, const QString& reason, bool merged, LetterPlan* plan,
                               LetterSession* session)
{
    Database& db = m_document->database();
    QString error;
    StorageError storage;
    if (!LetterIssue::plan(db, m_session, intent, reason, merged, plan, &error, &storage)) {
        Dialogs::warning(this, tr("Documents"), storage ? storage.message : error, storage.detail);
        return false;
    }
    if (plan->role == LetterRole::Issue && db.isReadOnly()) {
        Dialogs::warning(this, tr("Documents"),
                         tr("The workspace is read-only: letters can be issued only where the batch can be "
                            "recorded."));
        return false;
    }
    *session = m_session;
    // A copy is made exactly as the batch was: its date, language and date style.
    if (plan->isCopy() &&
        !session->load(db, LetterIssue::copyRequest(m_session.request(), *plan->issued), &error)) {
        Dialogs::warning(this, tr("Documents"), tr("Nothing was written."), error);
        return false;
    }
    // The text the page renders (the editors' form of the saved draft), as the letters issued here were.
    for (const Lang lang : {Lang::Ja, Lang::En})
        session->setTemplateText(lang, m_session.templateText(lang));
    return true;
}

bool DocumentsPage::setPrintLayout(LetterPlan* plan, LetterSession::Output* output)
{
    // As export-letters: control numbers on every page, the recipient id in each letter's PDF and a manifest;
    // a merged PDF (the one that is printed) pads each letter to an even page count for duplex printing. A
    // copy is laid out as its batch was (printlayout.h).
    if (plan->isCopy()) {
        output->layout = plan->layout;
    } else {
        output->layout = PrintLayout{};
        output->layout.padEven = output->perLetterDirectory.isEmpty();
        if (plan->role == LetterRole::Issue) {
            StorageError error;
            plan->batchId = m_document->workspace().filings().nextLetterBatchId(&error);
            if (error) {
                Dialogs::warning(this, tr("Documents"), tr("Nothing was written."), error.text());
                return false;
            }
        }
    }
    output->controlBatch = plan->controlBatch();
    return true;
}

bool DocumentsPage::runBatch(LetterSession::Output output, const QString& note, LetterIntent intent,
                             const QString& reason)
{
    if (!checkBeforeOutput())
        return false;
    LetterPlan plan;
    LetterSession session;
    if (!planOutput(intent, reason, output.perLetterDirectory.isEmpty(), &plan, &session))
        return false;
    const LetterSession::Output asked = output;
    output.draft = plan.role == LetterRole::Draft;
    if (!setPrintLayout(&plan, &output))
        return false;
    if (plan.isCopy())
        output.beforeCommit = LetterIssue::checkCopy(*plan.issued);
    LetterBatchDialog dialog(session, m_document->database().path(), m_recipients, output, this);
    dialog.exec();
    const BatchResult& result = dialog.result();
    if (result.status == BatchResult::Status::Cancelled)
        return false;
    if (result.refused && plan.isCopy()) {
        // The letters changed since they were issued: a copy would not be what was sent.
        if (Dialogs::question(
                this, tr("Documents"),
                result.error + QStringLiteral("\n\n") +
                    tr("Write a draft of the current letters instead (marked on every page)?")) ==
            QMessageBox::Yes)
            return runBatch(asked, note, LetterIntent::Draft);
        return false;
    }
    if (result.status != BatchResult::Status::Done) {
        Dialogs::warning(this, tr("Documents"), tr("The letters could not be written."), result.error);
        return false;
    }
    // Recorded once complete under their final names (a batch can take minutes: the workspace is not held
    // locked while it runs), as export-letters records them.
    FilingService& filings = m_document->workspace().filings();
    QString summary = tr("%1 letters written (%2 pages).").arg(result.letters).arg(result.pages);
    if (plan.role == LetterRole::Issue) {
        LetterBatch batch = LetterIssue::batchFor(session, m_scan, plan, result);
        if (StorageError error; !filings.issueLetterBatch(batch, m_document->incident().code, &error)) {
            Dialogs::warning(this, tr("Documents"),
                             tr("The letters were written but could not be recorded as issued: they are not "
                                "issued."),
                             error.text());
            return false;
        }
        summary +=
            QStringLiteral("\n\n") + tr("Issued as batch %1, dated %2.")
                                         .arg(batch.id)
                                         .arg(QLocale().toString(batch.lettersDate, QLocale::LongFormat));
    } else {
        {
            const ExportRecord record{m_document->incidentId(),
                                      m_document->incident().code,
                                      QStringLiteral("letters"),
                                      LetterIssue::exportDetail(session, plan),
                                      result.letters,
                                      result.outputSha256()};
            if (StorageError error; !filings.recordExport(record, &error))
                Dialogs::warning(this, tr("Documents"),
                                 tr("The letters were written but could not be recorded in the audit trail."),
                                 error.text());
        }
        summary += QStringLiteral("\n\n") +
                   (plan.isCopy()
                        ? tr("A copy of batch %1, the same bytes as the letters issued.").arg(plan.issued->id)
                        : tr("Drafts: every page is marked 下書き / DRAFT. Use Issue… to issue the "
                             "letters."));
    }
    if (!note.isEmpty())
        summary += QStringLiteral("\n\n") + note;
    Dialogs::information(this, tr("Documents"), summary);
    return true;
}

bool DocumentsPage::exportMerged(const QString& path)
{
    LetterSession::Output output;
    output.mergedPath = path;
    return runBatch(output);
}

LetterSession::Output DocumentsPage::eachOutput(const QString& directory, const QString& pattern,
                                                QString* note) const
{
    LetterSession::Output output;
    output.perLetterDirectory = directory;
    output.pattern = pattern.isEmpty() ? QStringLiteral("{group}-{row}-{name}") : pattern;
    // The letters never mix with other files (the batch refuses a folder that is not empty, see
    // StagedFolder): a chosen folder that holds something gets a new folder inside it, named from the kind,
    // the group and the date.
    if (!StagedFolder::isAbsentOrEmpty(directory)) {
        const QDate today =
            m_session.request().today.isValid() ? m_session.request().today : m_document->workspace().today();
        const QString base = filenames::safe(
            QStringLiteral("%1-%2-%3")
                .arg(m_session.request().kind, m_session.group().key, today.toString(Qt::ISODate)),
            QString());
        QString folder = QDir(directory).filePath(base);
        for (int n = 2; !StagedFolder::isAbsentOrEmpty(folder); ++n)
            folder = QDir(directory).filePath(QStringLiteral("%1 (%2)").arg(base).arg(n));
        output.perLetterDirectory = folder;
        *note = tr("The folder you chose already holds other files, so the letters were put in a new folder "
                   "inside it:\n%1")
                    .arg(QDir::toNativeSeparators(folder));
    }
    return output;
}

bool DocumentsPage::exportEach(const QString& directory, const QString& pattern)
{
    QString note;
    const LetterSession::Output output = eachOutput(directory, pattern, &note);
    return runBatch(output, note);
}

bool DocumentsPage::issueMerged(const QString& path, const QString& reason)
{
    LetterSession::Output output;
    output.mergedPath = path;
    return runBatch(output, {}, LetterIntent::Issue, reason);
}

bool DocumentsPage::issueEach(const QString& directory, const QString& pattern, const QString& reason)
{
    QString note;
    const LetterSession::Output output = eachOutput(directory, pattern, &note);
    return runBatch(output, note, LetterIntent::Issue, reason);
}

void DocumentsPage::issueClicked()
{
    if (!checkBeforeOutput())
        return;
    StorageError storage;
    const std::optional<LetterBatch> issued = m_document->workspace().filings().latestLetterBatch(
        m_document->incidentId(), m_session.request().kind, m_session.group().key, &storage);
    QString reason;
    if (issued) {
        bool ok = false;
        reason = Dialogs::textInput(this, tr("Issue again"),
                                    tr("Batch %1 of these letters was issued on %2 (%3 letters). Why are "
                                       "they issued again? The reason "
                                       "is recorded with the new batch.")
                                        .arg(issued->id)
                                        .arg(QLocale().toString(issued->issuedAt, QLocale::ShortFormat))
                                        .arg(issued->recipients),
                                    QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return;
    }
    const QDate date = m_session.lettersDate();
    const QMessageBox::StandardButton mode = Dialogs::choose(
        this, tr("Issue letters"),
        tr("Issue %n letter(s) to %1, dated %2? They are written without the draft mark and recorded as "
           "issued, with the SHA-256 of every file; the record cannot be changed afterwards.",
           nullptr, m_recipients)
            .arg(m_session.group().key, QLocale().toString(date, QLocale::LongFormat)),
        {{QMessageBox::Save, tr("One merged PDF…")},
         {QMessageBox::SaveAll, tr("One PDF per recipient…")},
         {QMessageBox::Cancel, tr("Cancel")}},
        QMessageBox::Cancel);
    if (mode == QMessageBox::Save) {
        const QString path = Dialogs::saveFileName(
            this, tr("Issued letters (merged PDF)"),
            QStringLiteral("%1-%2-%3.pdf")
                .arg(m_session.request().kind, m_session.group().key, date.toString(Qt::ISODate)),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            issueMerged(path, reason);
    } else if (mode == QMessageBox::SaveAll) {
        const QString path =
            Dialogs::saveFileName(this, tr("Folder for the issued letters, one PDF per recipient"),
                                  m_patternEdit->text() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const QFileInfo info(path);
        QString pattern = info.completeBaseName();
        if (!pattern.contains(QLatin1Char('{')))
            pattern = m_patternEdit->text();
        issueEach(info.absolutePath(), pattern, reason);
    }
}

bool DocumentsPage::exportOdt(const QString& path)
{
    saveNow();
    QString error;
    const QByteArray odt = OdtWriter(PageSetup{}).toOdt(currentHtml(), &error);
    Workspace& workspace = m_document->workspace();
    const RecordedExport done =
        odt.isEmpty() ? RecordedExport{} : workspace.filings().writeRecorded(path, [&](ExportRecord* record) {
            const std::optional<QByteArray> sha256 =
                OutputFile::writeAll(path, odt, workspace.files(), &error);
            if (sha256)
                *record = {m_document->incidentId(),
                           m_document->incident().code,
                           QStringLiteral("letters"),
                           m_session.group().key + QStringLiteral(", ") + m_session.request().kind +
                               QStringLiteral(", odt"),
                           1,
                           *sha256};
            return sha256.has_value();
        });
    if (!done.written()) {
        Dialogs::warning(this, tr("Documents"), tr("The ODT file could not be written."),
                         error.isEmpty() ? done.error.text() : error);
        return false;
    }
    return true;
}

void DocumentsPage::exportMergedClicked()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Merged PDF"),
        QStringLiteral("%1-%2.pdf").arg(m_session.request().kind, m_session.group().key), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportMerged(path);
}

void DocumentsPage::exportEachClicked()
{
    // The folder is where the suggested file name is saved; a name with {…} fields replaces the pattern.
    const QString path =
        Dialogs::saveFileName(this, tr("Folder for one PDF per recipient"),
                              m_patternEdit->text() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QString pattern = info.completeBaseName();
    if (!pattern.contains(QLatin1Char('{')))
        pattern = m_patternEdit->text();
    exportEach(info.absolutePath(), pattern);
}

void DocumentsPage::exportOdtClicked()
{
    const QString path = Dialogs::saveFileName(
        this, tr("ODT of the draft"),
        QStringLiteral("%1-%2-%3.odt")
            .arg(m_session.request().kind, m_session.group().key, langKey(previewLang())),
        tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty())
        exportOdt(path);
}

void DocumentsPage::printClicked()
{
    if (!checkBeforeOutput())
        return;
    // Drafts print with their mark. Once the letters are issued, a print is a copy of the batch: made as a
    // PDF in a private temporary folder, checked byte for byte against the batch, and that PDF is printed.
    StorageError storage;
    const std::optional<LetterBatch> issued = m_document->workspace().filings().latestLetterBatch(
        m_document->incidentId(), m_session.request().kind, m_session.group().key, &storage);
    const bool merged = !issued || issued->outputMode == QLatin1String("merged");
    LetterPlan plan;
    LetterSession session;
    if (!planOutput(LetterIntent::Default, {}, merged, &plan, &session))
        return;
    QPrinter printer(QPrinter::HighResolution);
    if (!LetterPrinting::choosePrinter(printer, tr("Print %n letter(s)", nullptr, m_recipients), 0, this))
        return;
    if (!plan.isCopy()) {
        LetterPrinting::print(printer, m_session, m_document->database(), m_recipients, this, true);
        return;
    }
    QTemporaryDir scratch;
    LetterSession::Output output;
    output.mergedPath = scratch.filePath(QStringLiteral("letters.pdf"));
    if (!merged)
        output.perLetterDirectory = scratch.filePath(QStringLiteral("each"));
    output.draft = false;
    if (!setPrintLayout(&plan, &output))
        return;
    output.beforeCommit = LetterIssue::checkCopy(*plan.issued);
    LetterBatchDialog dialog(session, m_document->database().path(), m_recipients, output, this);
    dialog.exec();
    const BatchResult& result = dialog.result();
    if (result.status == BatchResult::Status::Cancelled)
        return;
    QFile pdf(output.mergedPath);
    QString error = result.error;
    if (result.status != BatchResult::Status::Done || !pdf.open(QIODevice::ReadOnly) ||
        LetterPrinting::printPdf(printer, pdf.readAll(), this, &error) < 0) {
        Dialogs::warning(this, tr("Documents"), tr("The letters could not be printed."), error);
        return;
    }
    {
        const ExportRecord record{m_document->incidentId(),
                                  m_document->incident().code,
                                  QStringLiteral("letters"),
                                  LetterIssue::exportDetail(session, plan) + QStringLiteral(", printed"),
                                  result.letters,
                                  result.mergedSha256};
        if (StorageError error; !m_document->workspace().filings().recordExport(record, &error))
            Dialogs::warning(this, tr("Documents"),
                             tr("The letters were printed but could not be recorded in the audit trail."),
                             error.text());
    }
}

} // namespace bd
