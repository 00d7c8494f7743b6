// The Documents page's outputs: merged PDF, one PDF per recipient, ODT of the draft and print, each only
// after the problems check finds no error.
#include "documentspage.h"

#include "auditrepository.h"
#include "dialogs.h"
#include "filenames.h"
#include "incidentdocument.h"
#include "letterbatchdialog.h"
#include "letterprinting.h"
#include "odtwriter.h"
#include "outputfile.h"
#include "recordedexport.h"
#include "stagedfolder.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>

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

bool DocumentsPage::runBatch(const LetterSession::Output& output, const QString& note)
{
    if (!checkBeforeOutput())
        return false;
    LetterBatchDialog dialog(m_session, m_document->database().path(), m_recipients, output, this);
    dialog.exec();
    const BatchResult& result = dialog.result();
    if (result.status == BatchResult::Status::Cancelled)
        return false;
    if (result.status != BatchResult::Status::Done) {
        Dialogs::warning(this, tr("Documents"), tr("The letters could not be written."), result.error);
        return false;
    }
    // Recorded once complete under their final names (a batch can take minutes: the workspace is not held
    // locked while it runs), as export-letters records them.
    Database& db = m_document->database();
    if (!db.isReadOnly()) {
        const ExportRecord record{m_document->incidentId(),
                                  m_document->incident().code,
                                  QStringLiteral("letters"),
                                  m_session.group().key + QStringLiteral(", ") + m_session.request().kind,
                                  result.letters,
                                  result.outputSha256()};
        if (StorageError error; !AuditRepository(db).recordExport(record, &error))
            Dialogs::warning(this, tr("Documents"),
                             tr("The letters were written but could not be recorded in the audit trail."),
                             error.text());
    }
    QString summary = tr("%1 letters written (%2 pages).").arg(result.letters).arg(result.pages);
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

bool DocumentsPage::exportEach(const QString& directory, const QString& pattern)
{
    LetterSession::Output output;
    output.perLetterDirectory = directory;
    output.pattern = pattern.isEmpty() ? QStringLiteral("{group}-{row}-{name}") : pattern;
    // The letters never mix with other files (the batch refuses a folder that is not empty, see
    // StagedFolder): a chosen folder that holds something gets a new folder inside it, named from the kind,
    // the group and the date.
    QString note;
    if (!StagedFolder::isAbsentOrEmpty(directory)) {
        const QDate today =
            m_session.request().today.isValid() ? m_session.request().today : QDate::currentDate();
        const QString base = filenames::safe(
            QStringLiteral("%1-%2-%3")
                .arg(m_session.request().kind, m_session.group().key, today.toString(Qt::ISODate)),
            QString());
        QString folder = QDir(directory).filePath(base);
        for (int n = 2; !StagedFolder::isAbsentOrEmpty(folder); ++n)
            folder = QDir(directory).filePath(QStringLiteral("%1 (%2)").arg(base).arg(n));
        output.perLetterDirectory = folder;
        note = tr("The folder you chose already holds other files, so the letters were put in a new folder "
                  "inside it:\n%1")
                   .arg(QDir::toNativeSeparators(folder));
    }
    return runBatch(output, note);
}

bool DocumentsPage::exportOdt(const QString& path)
{
    saveNow();
    QString error;
    const QByteArray odt = OdtWriter(PageSetup{}).toOdt(currentHtml(), &error);
    Database& db = m_document->database();
    const RecordedExport done =
        odt.isEmpty() ? RecordedExport{} : writeRecordedExport(db, path, [&](ExportRecord* record) {
            const std::optional<QByteArray> sha256 = OutputFile::writeAll(path, odt, db.files(), &error);
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
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %n letter(s)", nullptr, m_recipients));
    if (dialog.exec() != QDialog::Accepted)
        return;
    LetterPrinting::print(printer, m_session, m_document->database(), m_recipients, this);
}

} // namespace bd
