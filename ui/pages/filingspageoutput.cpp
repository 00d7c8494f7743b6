// The Filings page's outputs: the PDF (the selected issued document exactly as issued, else the draft), the
// web page, print (the same PDF as exported, drawn by Poppler through LetterPrinting) and the archive.
#include "filingspage.h"

#include "dialogs.h"
#include "filingarchive.h"
#include "filingservice.h"
#include "incidentdocument.h"
#include "letterprinting.h"
#include "outputfile.h"

#include <QAction>
#include <QPushButton>

namespace bd {

namespace {

// Writes one of the page's outputs and appends its audit entry, as one (recordedexport.h).
bool writeRecorded(IncidentDocument& document, const QString& path, const QByteArray& bytes,
                   const QString& detail, QString* error)
{
    Workspace& workspace = document.workspace();
    const RecordedExport done = workspace.filings().writeRecorded(path, [&](ExportRecord* record) {
        const std::optional<QByteArray> sha256 = OutputFile::writeAll(path, bytes, workspace.files(), error);
        if (sha256)
            *record = {document.incidentId(),
                       document.incident().code,
                       QStringLiteral("filing"),
                       detail,
                       1,
                       *sha256};
        return sha256.has_value();
    });
    if (!done.written() && error->isEmpty())
        *error = done.error.text();
    return done.written();
}

} // namespace

bool FilingsPage::outputPdf(QByteArray* bytes, QString* name, QString* title, QString* error) const
{
    if (hasSelectedIssued()) {
        const std::optional<IssuedDocument> issued = selectedIssued(error);
        if (!issued)
            return false;     // an altered document: refused, never replaced by the draft
        *bytes = issued->pdf; // exactly as issued
        *name = issued->baseFileName(m_document->incident().code);
        *title = FilingTemplates::kindTitle(issued->kind) + QLatin1Char(' ') + issued->label();
        return true;
    }
    if (!m_draft)
        return false;
    *bytes = renderFilingPdf(*m_draft, error);
    *name = m_document->incident().code + QStringLiteral("_draft");
    *title = m_draft->title;
    return !bytes->isEmpty();
}

void FilingsPage::updateOutputs()
{
    const bool any = m_draft.has_value() || hasSelectedIssued();
    m_pdfButton->setEnabled(any);
    m_printButton->setEnabled(any);
    m_printAction->setEnabled(any);
}

void FilingsPage::exportPdf()
{
    QByteArray bytes;
    QString name, title, error;
    if (!outputPdf(&bytes, &name, &title, &error)) {
        if (!error.isEmpty())
            Dialogs::warning(this, tr("Export PDF"), tr("The PDF could not be made."), error);
        return;
    }
    const QString path =
        Dialogs::saveFileName(this, tr("Export PDF"), name + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!writeRecorded(*m_document, path, bytes, name + QStringLiteral(".pdf"), &error))
        Dialogs::warning(this, tr("Export PDF"), tr("Could not write %1.").arg(path), error);
}

void FilingsPage::print()
{
    QByteArray bytes;
    QString name, title, error;
    if (!outputPdf(&bytes, &name, &title, &error)) {
        if (!error.isEmpty())
            Dialogs::warning(this, tr("Print"), tr("The PDF could not be made."), error);
        return;
    }
    if (LetterPrinting::printPdf(bytes, tr("Print %1").arg(title), name, this, &error) < 0)
        Dialogs::warning(this, tr("Print"), tr("\"%1\" could not be printed.").arg(title), error);
}

void FilingsPage::exportWebPage()
{
    QByteArray bytes;
    if (hasSelectedIssued()) {
        QString error;
        const std::optional<IssuedDocument> issued = selectedIssued(&error);
        if (!issued) {
            Dialogs::warning(this, tr("Export web page"), tr("The issued document cannot be exported."),
                             error);
            return;
        }
        bytes = issued->html.toUtf8();
    } else if (m_draft) {
        bytes = filingWebPage(*m_draft);
    } else {
        return;
    }
    const QString path =
        Dialogs::saveFileName(this, tr("Export web page"),
                              m_document->incident().code + QStringLiteral(".html"), tr("Web page (*.html)"));
    QString error;
    if (!path.isEmpty() && !writeRecorded(*m_document, path, bytes, QStringLiteral("html"), &error))
        Dialogs::warning(this, tr("Export web page"), tr("Could not write %1.").arg(path), error);
}

void FilingsPage::exportArchive()
{
    if (!m_document->isLoaded())
        return;
    const QString path = Dialogs::saveFileName(this, tr("Export archive"),
                                               m_document->incident().code + QStringLiteral("_record.zip"),
                                               tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->workspace().filings().writeArchive(m_document->incidentId(), path, &error)) {
        Dialogs::warning(this, tr("Export archive"), tr("The archive could not be written."), error);
        return;
    }
    const FilingArchive::Verification check = FilingArchive::verify(path);
    if (!check.ok)
        Dialogs::warning(this, tr("Export archive"), tr("The archive does not verify."),
                         check.problems.join(QLatin1Char('\n')));
}

} // namespace bd
