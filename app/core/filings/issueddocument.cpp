#include "issueddocument.h"

#include "asofcheck.h"
#include "confidentialitycheck.h"
#include "incidentjson.h"
#include "noticecontexts.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace bd {

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString IssuedDocument::label() const
{
    switch (kind) {
    case FilingKind::PpcReport:
    case FilingKind::PmarkReport:
        return reportStageLabelJa(stage);
    case FilingKind::PublicNotice:
        return editionLabel(edition, finalEdition, lang);
    case FilingKind::GdprArt33:
        return QStringLiteral("phase %1").arg(edition);
    case FilingKind::ConsignorNotice:
        return filingKey.section(QLatin1Char(':'), 1);
    case FilingKind::GdprArt34:
        return {};
    }
    return {};
}

QString IssuedDocument::baseFileName(const QString& incidentCode) const
{
    QStringList parts{incidentCode, filingKindKey(kind)};
    if (kind == FilingKind::PpcReport || kind == FilingKind::PmarkReport)
        parts << reportStageKey(stage);
    if (kind == FilingKind::PublicNotice || kind == FilingKind::GdprArt33)
        parts << (finalEdition ? QStringLiteral("final") : QString::number(edition));
    parts << langKey(lang) << QString::number(id);
    QString name = parts.join(QLatin1Char('_'));
    // Consignor names stay out of file names: the id tells the documents apart.
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    return name;
}

bool freezeDraft(const FilingDraft& draft, const Incident& incident, const QList<DataItem>& customItems,
                 IssuedDocument* out, QString* error)
{
    if (!draft.isValid()) {
        if (error)
            *error = FilingTemplates::tr("The document could not be drafted: its template has errors.");
        return false;
    }
    // A document that tells of what happened after its own date contradicts the record (asofcheck.h).
    const QList<ConsistencyWarning> later = AsOfCheck::errors(draft, incident);
    if (!later.isEmpty()) {
        if (error)
            *error = later.first().message;
        return false;
    }
    // Another reader's consignor names or confidential text (confidentialitycheck.h).
    if (const QStringList hidden =
            ConfidentialityCheck::check(incident, draft.audience, filingSurfaces(draft));
        !hidden.isEmpty()) {
        if (error)
            *error = hidden.first();
        return false;
    }
    IssuedDocument d;
    d.incidentId = incident.id;
    d.kind = draft.kind;
    d.filingKey = draft.filingKey;
    d.stage = draft.stage;
    d.edition = draft.edition;
    d.finalEdition = draft.finalEdition;
    d.lang = draft.lang;
    d.title = draft.title;
    d.documentDate = draft.date;
    d.templateKind = draft.templ.kind;
    d.templateVersion = draft.templ.version;
    d.templateSha256 = draft.templ.sha256;
    d.templateBody = draft.templ.body;
    d.factsJson = IncidentJson::toBytes(incident, customItems);
    d.content = draft.content;
    d.html = QString::fromUtf8(filingWebPage(draft));
    d.htmlSha256 = sha256Hex(d.html.toUtf8());
    d.pdf = renderFilingPdf(draft, error);
    if (d.pdf.isEmpty())
        return false;
    d.sha256 = sha256Hex(d.pdf);
    *out = d;
    return true;
}

} // namespace bd
