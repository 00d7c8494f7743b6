// A drafted filing or notice: the template it was made with, the rendered HTML, its plain text and its
// structured content (what the consistency checks and the 速報→確報 diff compare). Rendering goes through the
// letters pipeline: DocumentContextBuilder → TemplateRenderer (escaping) → PdfRenderer (A4, text layer
// repair). There is no second rendering path.
#pragma once

#include "documentcontext.h"
#include "documentsurfaces.h"
#include "factsheet.h"
#include "filingkind.h"
#include "pdfrenderer.h"
#include "templateproblem.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace bd {

struct FilingDraft
{
    FilingKind kind = FilingKind::PpcReport;
    QString filingKey; // the obligations' filing key it answers ("ppc_final", "consignor_notice:X"), or ""
    QString audience;  // who reads it (narrative.h): regulator, public, individuals, consignor:<name>
    ReportStage stage = ReportStage::Preliminary;
    int edition = 0;           // public notice: 1 = 第1報 …; GDPR Art. 33: the phase
    bool finalEdition = false; // public notice: 最終報
    Lang lang = Lang::Ja;
    QDate date;
    QString title;
    FilingTemplate templ;
    QString html;
    QString plainText;
    QJsonObject content; // kind-specific, always with "facts" (FactSheet::toJson)
    QList<Problem> problems;

    FactSheet facts() const { return FactSheet::fromJson(content.value(QStringLiteral("facts")).toObject()); }
    bool isValid() const { return !html.isEmpty(); }
};

// The base context every filing starts from: the incident, organisation, desk, dates and narratives of the
// letters' DocumentContextBuilder (no recipient group), the narratives as `audience` reads them.
DocumentContext filingBaseContext(const Incident& incident, const QList<DataItem>& customItems, Lang lang,
                                  const QDate& date, const QString& audience);

// Renders `templ` with `context` into `draft` (html, plainText, problems). False when the template does not
// parse; the problems say why.
bool renderDraft(FilingDraft& draft, const FilingTemplate& templ, const DocumentContext& context);

// The document as a PDF through the letters pipeline (bd::PdfRenderer), with filingPdfInfo's metadata.
QByteArray renderFilingPdf(const FilingDraft& draft, QString* error = nullptr);
PdfInfo filingPdfInfo(const FilingDraft& draft);
// What the document's reader sees (confidentialitycheck.h): its text, its PDF's metadata and `fileName`.
DocumentSurfaces filingSurfaces(const FilingDraft& draft, const QString& fileName = {});

// A self-contained web page of the document (no external resources; UTF-8; a viewport for phones), e.g. for
// the public notice on the company website.
QByteArray filingWebPage(const FilingDraft& draft);

// Plain text of rendered HTML, as a reader sees it.
QString plainTextOfHtml(const QString& html);

// Mustache helpers shared by the context builders.
MustacheData mustacheText(const QString& text);
MustacheData factSetsData(const FactSheet& facts, const QList<DataItem>& customItems, Lang lang,
                          const QString& unknownCount);

} // namespace bd
