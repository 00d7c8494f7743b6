#include "filingregister.h"

#include "noticecontexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace bd {

QSet<QString> filedKeys(const QList<FilingRecord>& records)
{
    QSet<QString> keys;
    for (const FilingRecord& r : records)
        if (r.isFiled())
            keys.insert(r.key);
    return keys;
}

QString recordStateText(const QString& state)
{
    if (state == QLatin1String("drafted"))
        return QCoreApplication::translate("bd::FilingRegister", "drafted");
    if (state == QLatin1String("issued"))
        return QCoreApplication::translate("bd::FilingRegister", "issued");
    if (state == QLatin1String("submitted"))
        return QCoreApplication::translate("bd::FilingRegister", "submitted");
    if (state == QLatin1String("acknowledged"))
        return QCoreApplication::translate("bd::FilingRegister", "acknowledged");
    return QCoreApplication::translate("bd::FilingRegister", "not started");
}

namespace {

// Who a filing known only from its record (a 続報 filed outside BreachDesk …) goes to, by its key.
QString audienceOfKey(const QString& key)
{
    if (key.startsWith(QLatin1String("ppc_")))
        return FilingTemplates::kindTitle(FilingKind::PpcReport);
    if (key.startsWith(QLatin1String("pmark_")))
        return FilingTemplates::kindTitle(FilingKind::PmarkReport);
    if (key == QLatin1String(FilingKey::PublicNotice))
        return FilingTemplates::kindTitle(FilingKind::PublicNotice);
    if (key.startsWith(QLatin1String(FilingKey::ConsignorNoticePrefix)))
        return key.mid(qsizetype(qstrlen(FilingKey::ConsignorNoticePrefix)));
    return requiredFilingTitle(key);
}

} // namespace

QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued)
{
    const QSet<QString> filed = filedKeys(records);
    QList<RegisterRow> rows;
    const auto applyRecord = [&](RegisterRow& row, const RequiredFiling& f) {
        for (const FilingRecord& r : records) {
            if (r.key == row.key) {
                row.state = r.state;
                row.submittedOn = r.submittedOn;
                row.receiptNo = r.receiptNo;
            }
        }
        // The incident's facts say it was done (the 規則9条 notice's day on the consignor's data sets): that
        // day is the submission, whatever the record says or lacks.
        if (f.doneOn.isValid()) {
            if (row.state != QLatin1String("submitted") && row.state != QLatin1String("acknowledged"))
                row.state = QStringLiteral("submitted");
            row.submittedOn = f.doneOn;
        }
        for (const IssuedDocument& d : issued)
            if (d.filingKey == row.key)
                row.documents.append(d.id);
    };
    for (const RequiredFiling& f : report.filings) {
        RegisterRow row;
        row.key = f.key;
        row.audience = f.audience;
        row.legalBasis = f.legalBasis;
        row.due = dueText(f);
        row.dueState = report.state(f, filed);
        row.required = f.required;
        applyRecord(row, f);
        rows.append(row);
    }
    // Documents that answer no filing of the report: 続報, and the public notice's editions (one row).
    for (const IssuedDocument& d : issued) {
        const QString key = d.filingKey.isEmpty() ? filingKindKey(d.kind) : d.filingKey;
        if (std::any_of(rows.begin(), rows.end(), [&](const RegisterRow& r) { return r.key == key; }))
            continue;
        RegisterRow row;
        row.key = key;
        row.audience = FilingTemplates::kindTitle(d.kind);
        row.due = dueText(RequiredFiling{});
        row.dueState = FilingState::NotRequired;
        row.required = false;
        row.state = QStringLiteral("issued");
        for (const IssuedDocument& other : issued)
            if ((other.filingKey.isEmpty() ? filingKindKey(other.kind) : other.filingKey) == key)
                row.documents.append(other.id);
        for (const FilingRecord& r : records) {
            if (r.key == key) {
                row.state = r.state;
                row.submittedOn = r.submittedOn;
                row.receiptNo = r.receiptNo;
            }
        }
        rows.append(row);
    }
    // Filings recorded without a document here and not required by the report (a 続報 filed on the PPC's
    // form, a record imported from another workspace).
    for (const FilingRecord& r : records) {
        if (std::any_of(rows.begin(), rows.end(), [&](const RegisterRow& row) { return row.key == r.key; }))
            continue;
        RegisterRow row;
        row.key = r.key;
        row.audience = audienceOfKey(r.key);
        row.due = dueText(RequiredFiling{});
        row.dueState = r.isFiled() ? FilingState::Filed : FilingState::NotRequired;
        row.required = false;
        row.state = r.state;
        row.submittedOn = r.submittedOn;
        row.receiptNo = r.receiptNo;
        rows.append(row);
    }
    return rows;
}

QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued, const QList<HandoverRecord>& handovers,
                                  const QList<PublishedEdition>& editions)
{
    QList<RegisterRow> rows = filingRegister(report, records, issued);
    for (const HandoverRecord& h : handovers)
        rows.append(handoverRegisterRow(h));
    for (const PublishedEdition& e : editions)
        rows.append(publishedEditionRow(e));
    return rows;
}

RegisterRow publishedEditionRow(const PublishedEdition& edition)
{
    QStringList labels;
    for (const Lang lang : edition.languages)
        labels << editionLabel(edition.edition, false, lang);
    RegisterRow row;
    row.key = QLatin1String(FilingKey::PublishedEditionPrefix) + QString::number(edition.id);
    row.audience = QCoreApplication::translate("bd::FilingRegister", "Public notice %1")
                       .arg(labels.join(QStringLiteral(" / ")));
    row.due = dueText(RequiredFiling{});
    row.dueState = FilingState::NotRequired;
    row.required = false;
    row.state = QStringLiteral("submitted");
    row.submittedOn = edition.publishedOn;
    row.publishedEdition = edition;
    return row;
}

RegisterRow handoverRegisterRow(const HandoverRecord& handover)
{
    RegisterRow row;
    row.key = QLatin1String(FilingKey::HandoverPrefix) + QString::number(handover.id);
    row.audience = QCoreApplication::translate("bd::FilingRegister", "%1: its affected records (%n row(s))",
                                               nullptr, int(handover.rows))
                       .arg(handover.consignor);
    row.due = dueText(RequiredFiling{});
    row.dueState = FilingState::NotRequired;
    row.required = false;
    row.state = QStringLiteral("submitted");
    row.submittedOn = handover.at.date();
    row.handover = handover;
    return row;
}

QJsonArray registerToJson(const QList<RegisterRow>& rows)
{
    QJsonArray out;
    for (const RegisterRow& r : rows) {
        QJsonArray docs;
        for (const qint64 id : r.documents)
            docs.append(id);
        out.append(QJsonObject{
            {QStringLiteral("key"), r.key},
            {QStringLiteral("audience"), r.audience},
            {QStringLiteral("legal_basis"), r.legalBasis},
            {QStringLiteral("due"), r.due},
            {QStringLiteral("due_state"), filingStateKey(r.dueState)},
            {QStringLiteral("required"), r.required},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("submitted_on"),
             r.submittedOn.isValid() ? QJsonValue(r.submittedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("receipt_no"), r.receiptNo},
            {QStringLiteral("documents"), docs}});
        if (const std::optional<HandoverRecord>& h = r.handover) {
            QJsonObject row = out.last().toObject();
            row.insert(
                QStringLiteral("handover"),
                QJsonObject{{QStringLiteral("consignor"), h->consignor},
                            {QStringLiteral("group"), h->groupKey},
                            {QStringLiteral("format"), h->format},
                            {QStringLiteral("key_fingerprint"), QString::fromLatin1(h->keyFingerprint)},
                            {QStringLiteral("rows"), h->rows},
                            {QStringLiteral("sha256"), QString::fromLatin1(h->sha256)},
                            {QStringLiteral("at"), h->at.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("who"), h->who}});
            out.replace(out.size() - 1, row);
        }
        if (const std::optional<PublishedEdition>& e = r.publishedEdition) {
            QJsonObject row = out.last().toObject();
            QJsonArray languages;
            for (const Lang lang : e->languages)
                languages.append(langKey(lang));
            row.insert(QStringLiteral("published_edition"),
                       QJsonObject{{QStringLiteral("edition"), e->edition},
                                   {QStringLiteral("languages"), languages},
                                   {QStringLiteral("published_on"), e->publishedOn.toString(Qt::ISODate)},
                                   {QStringLiteral("url"), e->url},
                                   {QStringLiteral("note"), e->note},
                                   {QStringLiteral("recorded_at"), e->recordedAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("recorded_by"), e->recordedBy}});
            out.replace(out.size() - 1, row);
        }
    }
    return out;
}

} // namespace bd
