#include "issueddocumentrepository.h"

#include "auditrepository.h"
#include "obligationrepository.h"
#include "publishededitionrepository.h"
#include "sha256.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace bd {

namespace {
const QString listColumns = QStringLiteral(
    "id, incident_id, kind, filing_key, stage, edition, final_edition, lang, title, document_date, "
    "issued_at, "
    "issued_by, template_kind, template_version, template_sha256, content_json, html_sha256, sha256");
const QString blobColumns = QStringLiteral(", template_body, facts_json, html, pdf");

QString iso(const QDateTime& t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}
} // namespace

bool IssuedDocumentRepository::issue(IssuedDocument& doc, StorageError* error)
{
    if (doc.pdf.isEmpty() || doc.sha256 != sha256Hex(doc.pdf)) {
        *error = StorageError::make(StorageError::Invalid,
                                    StorageError::tr("The document to issue is incomplete."));
        return false;
    }
    if (!doc.issuedAt.isValid())
        doc.issuedAt = QDateTime::currentDateTime();
    if (doc.issuedBy.isEmpty())
        doc.issuedBy = AuditRepository::currentUser();
    return m_db.transaction(
        [&](StorageError* err) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO issued_document (incident_id, kind, filing_key, stage, "
                                     "edition, final_edition, lang, "
                                     "title, document_date, issued_at, issued_by, template_kind, "
                                     "template_version, template_sha256, "
                                     "template_body, facts_json, content_json, html, html_sha256, pdf, "
                                     "sha256) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 QVariantList{doc.incidentId,
                              filingKindKey(doc.kind),
                              notNull(doc.filingKey),
                              reportStageKey(doc.stage),
                              doc.edition,
                              doc.finalEdition ? 1 : 0,
                              langKey(doc.lang),
                              notNull(doc.title),
                              doc.documentDate.toString(Qt::ISODate),
                              iso(doc.issuedAt),
                              doc.issuedBy,
                              doc.templateKind,
                              doc.templateVersion,
                              QString::fromLatin1(doc.templateSha256),
                              notNull(doc.templateBody),
                              QString::fromUtf8(doc.factsJson),
                              QString::fromUtf8(QJsonDocument(doc.content).toJson(QJsonDocument::Compact)),
                              notNull(doc.html),
                              QString::fromLatin1(doc.htmlSha256),
                              doc.pdf,
                              QString::fromLatin1(doc.sha256)})
                q.addBindValue(v);
            if (!Database::exec(q, err))
                return false;
            doc.id = q.lastInsertId().toLongLong();
            AuditEntry e;
            e.incidentId = doc.incidentId;
            e.entity = QStringLiteral("issued_document");
            e.entityId = doc.id;
            e.field = QStringLiteral("issued");
            e.after = QStringLiteral("%1 %2 sha256:%3")
                          .arg(filingKindKey(doc.kind), doc.label(), QString::fromLatin1(doc.sha256));
            if (!AuditRepository(m_db).append(e, err))
                return false;
            if (doc.filingKey.isEmpty())
                return true;
            ObligationRepository obligations(m_db);
            FilingRecord record;
            record.key = doc.filingKey;
            for (const FilingRecord& f : obligations.filings(doc.incidentId, err))
                if (f.key == doc.filingKey)
                    record = f;
            if (record.isFiled())
                return true;
            record.state = QStringLiteral("issued");
            return obligations.setFiling(doc.incidentId, record, err);
        },
        error);
}

QList<IssuedDocument> IssuedDocumentRepository::select(const QString& where, const QVariantList& values,
                                                       bool withBlobs, StorageError* error) const
{
    QList<IssuedDocument> docs;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 FROM issued_document WHERE %3 ORDER BY id")
                  .arg(listColumns, withBlobs ? blobColumns : QString(), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!Database::exec(q, error))
        return docs;
    while (q.next()) {
        IssuedDocument d;
        d.id = q.value(0).toLongLong();
        d.incidentId = q.value(1).toLongLong();
        filingKindFromKey(q.value(2).toString(), &d.kind);
        d.filingKey = q.value(3).toString();
        reportStageFromKey(q.value(4).toString(), &d.stage);
        d.edition = q.value(5).toInt();
        d.finalEdition = q.value(6).toBool();
        langFromKey(q.value(7).toString(), &d.lang);
        d.title = q.value(8).toString();
        d.documentDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        d.issuedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        d.issuedBy = q.value(11).toString();
        d.templateKind = q.value(12).toString();
        d.templateVersion = q.value(13).toInt();
        d.templateSha256 = q.value(14).toString().toLatin1();
        d.content = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
        d.htmlSha256 = q.value(16).toString().toLatin1();
        d.sha256 = q.value(17).toString().toLatin1();
        if (withBlobs) {
            d.templateBody = q.value(18).toString();
            d.factsJson = q.value(19).toString().toUtf8();
            d.html = q.value(20).toString();
            d.pdf = q.value(21).toByteArray();
            if (!checkIntact(d, error))
                return {};
        }
        docs.append(d);
    }
    return docs;
}

QList<IssuedDocument> IssuedDocumentRepository::list(qint64 incidentId, StorageError* error) const
{
    return select(QStringLiteral("incident_id = ?"), {incidentId}, false, error);
}

QList<IssuedDocument> IssuedDocumentRepository::list(qint64 incidentId, FilingKind kind,
                                                     StorageError* error) const
{
    return select(QStringLiteral("incident_id = ? AND kind = ?"), {incidentId, filingKindKey(kind)}, false,
                  error);
}

std::optional<IssuedDocument> IssuedDocumentRepository::load(qint64 id, StorageError* error) const
{
    const QList<IssuedDocument> docs = select(QStringLiteral("id = ?"), {id}, true, error);
    if (docs.isEmpty() || !error->ok()) {
        if (error->ok())
            *error = StorageError::make(StorageError::NotFound,
                                        StorageError::tr("The issued document was not found."));
        return std::nullopt;
    }
    return docs.first();
}

bool IssuedDocumentRepository::verify(qint64 id, StorageError* error) const
{
    return load(id, error).has_value();
}

bool IssuedDocumentRepository::checkIntact(const IssuedDocument& doc, StorageError* error) const
{
    const auto altered = [&](const QString& why) {
        *error = StorageError::make(
            StorageError::Corrupt,
            StorageError::tr("Issued document %1 (\"%2\", issued %3) has been altered in the workspace "
                             "file: %4 It was not used.")
                .arg(doc.id)
                .arg(doc.title, doc.issuedAt.toString(Qt::ISODate), why));
        return false;
    };
    if (Sha256::hexOf(doc.pdf) != doc.sha256 || Sha256::hexOf(doc.html.toUtf8()) != doc.htmlSha256)
        return altered(StorageError::tr("its PDF or web page no longer has the SHA-256 it was issued with."));
    // Bytes and hash replaced together: the audit entry written when it was issued still has the original.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT after_value FROM audit_log WHERE incident_id = ? AND entity = "
                             "'issued_document' AND entity_id = ? AND field = 'issued' ORDER BY id LIMIT 1"));
    q.addBindValue(doc.incidentId);
    q.addBindValue(doc.id);
    if (!Database::exec(q, error))
        return false;
    static const QRegularExpression recorded(QStringLiteral("sha256:([0-9a-f]{64})$"));
    const QByteArray issuedWith =
        q.next() ? recorded.match(q.value(0).toString()).captured(1).toLatin1() : QByteArray();
    if (issuedWith != doc.sha256)
        return altered(StorageError::tr("its SHA-256 is not the one the audit trail recorded when it was "
                                        "issued."));
    return true;
}

int IssuedDocumentRepository::nextEdition(qint64 incidentId, Lang lang, StorageError* error) const
{
    int latest = 0;
    for (const IssuedDocument& d : list(incidentId, FilingKind::PublicNotice, error))
        if (d.lang == lang)
            latest = std::max(latest, d.edition);
    for (const PublishedEdition& e : PublishedEditionRepository(m_db).list(incidentId, error))
        if (e.languages.contains(lang))
            latest = std::max(latest, e.edition);
    return latest + 1;
}

QDate IssuedDocumentRepository::latestEditionDate(qint64 incidentId, StorageError* error) const
{
    QDate latest;
    for (const IssuedDocument& d : list(incidentId, FilingKind::PublicNotice, error))
        if (!latest.isValid() || d.documentDate > latest)
            latest = d.documentDate;
    for (const PublishedEdition& e : PublishedEditionRepository(m_db).list(incidentId, error))
        if (!latest.isValid() || e.publishedOn > latest)
            latest = e.publishedOn;
    return latest;
}

bool IssuedDocumentRepository::markSubmitted(qint64 incidentId, const QString& filingKey, const QDate& date,
                                             const QString& receiptNo, StorageError* error)
{
    if (!date.isValid()) {
        *error = StorageError::make(StorageError::Invalid, StorageError::tr("A submission needs its date."));
        return false;
    }
    ObligationRepository obligations(m_db);
    FilingRecord record;
    record.key = filingKey;
    for (const FilingRecord& f : obligations.filings(incidentId, error))
        if (f.key == filingKey)
            record = f;
    if (!error->ok())
        return false;
    record.state = QStringLiteral("submitted");
    record.submittedOn = date;
    record.receiptNo = receiptNo.trimmed();
    return obligations.setFiling(incidentId, record, error);
}

} // namespace bd
