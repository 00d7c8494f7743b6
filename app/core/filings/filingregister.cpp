#include "filingregister.h"

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

QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued)
{
    const QSet<QString> filed = filedKeys(records);
    QList<RegisterRow> rows;
    const auto applyRecord = [&](RegisterRow& row) {
        for (const FilingRecord& r : records) {
            if (r.key == row.key) {
                row.state = r.state;
                row.submittedOn = r.submittedOn;
                row.receiptNo = r.receiptNo;
            }
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
        applyRecord(row);
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
    return rows;
}

QList<RegisterRow> filingRegister(const ObligationReport& report, const QList<FilingRecord>& records,
                                  const QList<IssuedDocument>& issued, const QList<HandoverRecord>& handovers)
{
    QList<RegisterRow> rows = filingRegister(report, records, issued);
    for (const HandoverRecord& h : handovers)
        rows.append(handoverRegisterRow(h));
    return rows;
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
    }
    return out;
}

} // namespace bd
