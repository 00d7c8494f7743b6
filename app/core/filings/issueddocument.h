// An issued document: a filing or notice frozen at the moment it was issued. Its PDF bytes, their SHA-256,
// the template (kind, version, hash and text), the incident JSON and the structured content it was made from
// are kept, so that it can be reopened and re-exported byte-identical however the incident changes later.
#pragma once

#include "filingdraft.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace bd {

struct IssuedDocument
{
    qint64 id = 0;
    qint64 incidentId = 0;
    FilingKind kind = FilingKind::PpcReport;
    QString filingKey;
    ReportStage stage = ReportStage::Preliminary;
    int edition = 0;
    bool finalEdition = false;
    Lang lang = Lang::Ja;
    QString title;
    QDate documentDate;
    QDateTime issuedAt;
    QString issuedBy;
    QString templateKind;
    int templateVersion = 0;
    QByteArray templateSha256; // hex
    QString templateBody;
    QByteArray factsJson; // the incident as IncidentJson::toBytes made it
    QJsonObject content;  // FilingDraft::content
    QString html;
    QByteArray htmlSha256; // hex
    QByteArray pdf;        // empty in listings (IssuedDocumentRepository::list)
    QByteArray sha256;     // hex, of `pdf`

    FactSheet facts() const { return FactSheet::fromJson(content.value(QStringLiteral("facts")).toObject()); }
    // The kind and stage or edition in words, e.g. "確報", "第2報", "phase 1"; document text.
    QString label() const;
    // A file name for exports: "INC-2024-003_ppc_report_final_ja_12.pdf" style, without the extension.
    QString baseFileName(const QString& incidentCode) const;
};

QByteArray sha256Hex(const QByteArray& bytes);

// Freezes a draft: renders its PDF and fills every field except id, incidentId, issuedAt and issuedBy.
// False (with `error`) when the draft did not render, when its text tells of a day after its own date
// (AsOfCheck::errors, asofcheck.h), or when the PDF could not be made.
bool freezeDraft(const FilingDraft& draft, const Incident& incident, const QList<DataItem>& customItems,
                 IssuedDocument* out, QString* error);

} // namespace bd
